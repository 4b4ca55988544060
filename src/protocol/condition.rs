//! Conditions (`show_if`, `when`) are evalexpr expressions, parsed when the protocol loads.
//!
//! evalexpr is a maintained expression crate whose parse tree lists the identifiers an
//! expression reads, so lint can check every reference. The values the engine binds:
//! yes/no and single-choice answers are strings (`"yes"`, `"no"`, a choice id), multiple
//! choice is a tuple of choice ids (use `contains(q, "id")`), numbers are integers, dates are
//! `"YYYY-MM-DD"` strings, indicators are booleans. The answers every question has are the
//! strings `"declined"`, `"dont_know"` and `"not_asked"`; an unanswered or hidden question is
//! empty. A condition that cannot be evaluated (comparing a declined number with 18, say) is
//! false: missing information never raises a flag.

use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use evalexpr::{Context, EvalexprError, EvalexprResult, Node, Operator, Value};
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer};

use super::located::Located;

/// Functions a condition may call. Everything else (random, regex, math) is refused by lint so
/// that conditions stay deterministic and readable.
pub const ALLOWED_FUNCTIONS: &[&str] = &["contains", "contains_any", "len", "min", "max", "if"];

/// The answers every question has, as conditions see them.
pub const SPECIAL_ANSWERS: &[&str] = &["declined", "dont_know", "not_asked"];

/// Names the engine binds besides question, indicator and need ids.
pub const INDICATOR_COUNT: &str = "indicator_count";
pub const URGENT_COUNT: &str = "urgent_count";

#[derive(Debug, Clone)]
pub struct Condition {
    pub source: String,
    pub span: Range<usize>,
    pub tree: Result<Arc<Node>, String>,
}

impl Condition {
    pub fn parse(source: String, span: Range<usize>) -> Condition {
        let tree = evalexpr::build_operator_tree(&source)
            .map_err(|e| e.to_string())
            .and_then(|node| check_shape(&node).map(|()| Arc::new(node)));
        Condition { source, span, tree }
    }

    /// Identifiers the expression reads (variables, not functions).
    pub fn references(&self) -> Vec<&str> {
        match &self.tree {
            Ok(node) => {
                let mut v: Vec<&str> = node.iter_read_variable_identifiers().collect();
                v.sort_unstable();
                v.dedup();
                v
            }
            Err(_) => Vec::new(),
        }
    }

    pub fn functions(&self) -> Vec<&str> {
        match &self.tree {
            Ok(node) => node.iter_function_identifiers().collect(),
            Err(_) => Vec::new(),
        }
    }

    pub fn assigns(&self) -> bool {
        match &self.tree {
            Ok(node) => node.iter_write_variable_identifiers().next().is_some(),
            Err(_) => false,
        }
    }

    /// Evaluates to a boolean; anything else (an error, a non-boolean) is false.
    pub fn holds(&self, ctx: &Bindings<'_>) -> bool {
        match &self.tree {
            Ok(node) => matches!(node.eval_boolean_with_context(ctx), Ok(true)),
            Err(_) => false,
        }
    }

    /// String literals compared with `==`/`!=` against a variable, or passed with it to
    /// `contains`: lint checks them against the question's choices.
    pub fn compared_literals(&self) -> Vec<Comparison> {
        let mut out = Vec::new();
        if let Ok(node) = &self.tree {
            collect_comparisons(node, &mut out);
        }
        out
    }
}

/// evalexpr builds a tree for some incomplete expressions (`a ==`, `x &&`, an empty string)
/// and only fails when evaluating them; a condition that can never be evaluated is a syntax
/// error here, so lint reports it instead of the condition silently staying false.
fn check_shape(node: &Node) -> Result<(), String> {
    let n = node.children().len();
    let op = node.operator();
    let want = match op {
        Operator::RootNode => {
            if n == 0 {
                return Err("the condition is empty".to_string());
            }
            Some(1)
        }
        Operator::Add
        | Operator::Sub
        | Operator::Mul
        | Operator::Div
        | Operator::Mod
        | Operator::Exp
        | Operator::Eq
        | Operator::Neq
        | Operator::Gt
        | Operator::Lt
        | Operator::Geq
        | Operator::Leq
        | Operator::And
        | Operator::Or => Some(2),
        Operator::Not | Operator::Neg | Operator::FunctionIdentifier { .. } => Some(1),
        Operator::Const { .. } | Operator::VariableIdentifierRead { .. } => Some(0),
        Operator::Chain => {
            return Err("`;` chains statements; combine conditions with `&&` or `||`".to_string());
        }
        _ => None,
    };
    if let Some(want) = want
        && n != want
    {
        return Err(format!(
            "`{op}` needs {want} operand(s) but has {n}: a value is missing on one side"
        ));
    }
    node.children().iter().try_for_each(check_shape)
}

fn var_name(n: &Node) -> Option<&str> {
    match n.operator() {
        Operator::VariableIdentifierRead { identifier } => Some(identifier.as_str()),
        Operator::RootNode if n.children().len() == 1 => var_name(&n.children()[0]),
        _ => None,
    }
}

fn string_const(n: &Node) -> Option<&str> {
    match n.operator() {
        Operator::Const {
            value: Value::String(s),
        } => Some(s.as_str()),
        Operator::RootNode if n.children().len() == 1 => string_const(&n.children()[0]),
        _ => None,
    }
}

/// A string literal an expression compares a variable with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    pub variable: String,
    pub literal: String,
    /// Through `contains`/`contains_any` rather than `==`/`!=`.
    pub membership: bool,
}

/// Integer constants in the expression (lint tries values around them for reachability).
pub fn int_constants(node: &Node, out: &mut Vec<i64>) {
    if let Operator::Const {
        value: Value::Int(i),
    } = node.operator()
    {
        out.push(*i);
    }
    for c in node.children() {
        int_constants(c, out);
    }
}

fn collect_comparisons(node: &Node, out: &mut Vec<Comparison>) {
    let children = node.children();
    match node.operator() {
        Operator::Eq | Operator::Neq if children.len() == 2 => {
            let (a, b) = (&children[0], &children[1]);
            let pair = match (var_name(a), string_const(b)) {
                (Some(v), Some(s)) => Some((v, s)),
                _ => var_name(b).zip(string_const(a)),
            };
            if let Some((v, s)) = pair {
                out.push(Comparison {
                    variable: v.to_string(),
                    literal: s.to_string(),
                    membership: false,
                });
            }
        }
        Operator::FunctionIdentifier { identifier }
            if identifier == "contains" || identifier == "contains_any" =>
        {
            // contains(q, "x") parses as a function whose single child is a tuple.
            if let Some(arg) = children.first() {
                let args = flatten_tuple(arg);
                if let Some(v) = args.first().and_then(|a| var_name(a)) {
                    for lit in args.iter().skip(1) {
                        for s in literals_in(lit) {
                            out.push(Comparison {
                                variable: v.to_string(),
                                literal: s,
                                membership: true,
                            });
                        }
                    }
                }
            }
        }
        _ => {}
    }
    for c in children {
        collect_comparisons(c, out);
    }
}

fn flatten_tuple(n: &Node) -> Vec<&Node> {
    match n.operator() {
        Operator::Tuple => n.children().iter().collect(),
        Operator::RootNode if n.children().len() == 1 => flatten_tuple(&n.children()[0]),
        _ => vec![n],
    }
}

fn literals_in(n: &Node) -> Vec<String> {
    if let Some(s) = string_const(n) {
        return vec![s.to_string()];
    }
    n.children().iter().flat_map(literals_in).collect()
}

impl<'de> Deserialize<'de> for Condition {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = Located::<String>::deserialize(d)?;
        Ok(Condition::parse(raw.value, raw.span))
    }
}

impl JsonSchema for Condition {
    fn schema_name() -> Cow<'static, str> {
        "Condition".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "An evalexpr expression over question, indicator and need ids, e.g. `age < 18 && contains(work_type, \"domestic\")`.",
            "type": "string",
            "minLength": 1
        })
    }
}

/// Values bound to identifiers during evaluation: a slot table (built once per protocol)
/// and one value per slot.
pub struct Bindings<'a> {
    pub slots: &'a HashMap<String, usize>,
    pub values: &'a [Value],
}

impl Context for Bindings<'_> {
    type NumericTypes = evalexpr::DefaultNumericTypes;

    fn get_value(&self, identifier: &str) -> Option<&Value> {
        self.slots.get(identifier).and_then(|&i| self.values.get(i))
    }

    fn call_function(&self, identifier: &str, _argument: &Value) -> EvalexprResult<Value> {
        Err(EvalexprError::FunctionIdentifierNotFound(
            identifier.to_string(),
        ))
    }

    fn are_builtin_functions_disabled(&self) -> bool {
        false
    }

    fn set_builtin_functions_disabled(&mut self, disabled: bool) -> EvalexprResult<()> {
        if disabled {
            Err(EvalexprError::BuiltinFunctionsCannotBeDisabled)
        } else {
            Ok(())
        }
    }
}
