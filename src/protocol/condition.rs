//! Conditions (`show_if`, `when`) are evalexpr expressions, parsed when the protocol loads.
//!
//! evalexpr is a maintained expression crate whose parse tree lists the identifiers an
//! expression reads, so lint can check every reference. The values the engine binds:
//! yes/no and single-choice answers are strings (`"yes"`, `"no"`, a choice id), multiple
//! choice is a tuple of choice ids (use `contains(q, "id")`), numbers are integers, dates are
//! `"YYYY-MM-DD"` strings, indicators are booleans. The answers every question has are the
//! strings `"declined"`, `"dont_know"` and `"not_asked"`; an unanswered or hidden question is
//! empty.
//!
//! Missing information never raises a flag: `&&`, `||` and `!` use three-valued logic. A
//! comparison that cannot be evaluated is *unknown*: any comparison with an unanswered or
//! hidden question (`q != "no"` as much as `q == "yes"`), an ordering (`<`, `>=`, ...) with
//! a declined / don't know / not asked answer, `contains` on a declined multiple choice.
//! `unknown || true` is true, `unknown && x` is at most unknown, `!unknown` is unknown, and a
//! condition holds only when it is true. "declined" and the other non-answers can still be
//! tested for by name: `q == "declined"`.

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
pub const ALLOWED_FUNCTIONS: &[&str] = &[
    "contains",
    "contains_any",
    "len",
    "min",
    "max",
    "if",
    "missing",
];

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

    /// True only when the condition is known to be true (see the module comment).
    pub fn holds(&self, ctx: &Bindings<'_>) -> bool {
        match &self.tree {
            Ok(node) => truth(node, ctx) == Truth::True,
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Truth {
    True,
    False,
    Unknown,
}

/// Kleene logic over the boolean operators; every other subtree is evaluated by evalexpr and
/// is unknown unless it yields a boolean.
fn truth(node: &Node, ctx: &Bindings<'_>) -> Truth {
    let c = node.children();
    match node.operator() {
        Operator::RootNode if c.len() == 1 => truth(&c[0], ctx),
        Operator::And if c.len() == 2 => match truth(&c[0], ctx) {
            Truth::False => Truth::False,
            a => match (a, truth(&c[1], ctx)) {
                (_, Truth::False) => Truth::False,
                (Truth::True, Truth::True) => Truth::True,
                _ => Truth::Unknown,
            },
        },
        Operator::Or if c.len() == 2 => match truth(&c[0], ctx) {
            Truth::True => Truth::True,
            a => match (a, truth(&c[1], ctx)) {
                (_, Truth::True) => Truth::True,
                (Truth::False, Truth::False) => Truth::False,
                _ => Truth::Unknown,
            },
        },
        Operator::Not if c.len() == 1 => match truth(&c[0], ctx) {
            Truth::True => Truth::False,
            Truth::False => Truth::True,
            Truth::Unknown => Truth::Unknown,
        },
        op @ (Operator::Eq
        | Operator::Neq
        | Operator::Gt
        | Operator::Lt
        | Operator::Geq
        | Operator::Leq)
            if c.len() == 2 =>
        {
            let (Ok(a), Ok(b)) = (c[0].eval_with_context(ctx), c[1].eval_with_context(ctx)) else {
                return Truth::Unknown;
            };
            let ordering = !matches!(op, Operator::Eq | Operator::Neq);
            let missing = |v: &Value| {
                matches!(v, Value::Empty)
                    || (ordering
                        && matches!(v, Value::String(s) if SPECIAL_ANSWERS.contains(&s.as_str())))
            };
            if missing(&a) || missing(&b) {
                return Truth::Unknown;
            }
            match node.eval_with_context(ctx) {
                Ok(Value::Boolean(true)) => Truth::True,
                Ok(Value::Boolean(false)) => Truth::False,
                _ => Truth::Unknown,
            }
        }
        _ => match node.eval_with_context(ctx) {
            Ok(Value::Boolean(true)) => Truth::True,
            Ok(Value::Boolean(false)) => Truth::False,
            _ => Truth::Unknown,
        },
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

    fn call_function(&self, identifier: &str, argument: &Value) -> EvalexprResult<Value> {
        call(identifier, argument)
    }

    // lantern implements the functions conditions may use (below), so that they only accept
    // the values they make sense for: `len("declined")` is not 8, it is unknown.
    fn are_builtin_functions_disabled(&self) -> bool {
        true
    }

    fn set_builtin_functions_disabled(&mut self, disabled: bool) -> EvalexprResult<()> {
        if disabled {
            Ok(())
        } else {
            Err(EvalexprError::CustomMessage(
                "conditions use lantern's own functions".into(),
            ))
        }
    }
}

/// The functions in [`ALLOWED_FUNCTIONS`]. Anything outside their domain is an error, which
/// makes the comparison around it unknown.
fn call(name: &str, arg: &Value) -> EvalexprResult<Value> {
    let wrong = || EvalexprError::CustomMessage(format!("`{name}` cannot take {arg:?}"));
    let args = |n: usize| match arg {
        Value::Tuple(t) if t.len() == n => Ok(t.as_slice()),
        _ => Err(wrong()),
    };
    match name {
        "contains" => match args(2)? {
            [Value::Tuple(items), v] => Ok(Value::Boolean(items.contains(v))),
            _ => Err(wrong()),
        },
        "contains_any" => match args(2)? {
            [Value::Tuple(items), Value::Tuple(wanted)] => {
                Ok(Value::Boolean(wanted.iter().any(|w| items.contains(w))))
            }
            _ => Err(wrong()),
        },
        "len" => match arg {
            Value::Tuple(items) => Ok(Value::Int(items.len() as i64)),
            _ => Err(wrong()),
        },
        "min" | "max" => {
            let Value::Tuple(items) = arg else {
                return Err(wrong());
            };
            let ints: Option<Vec<i64>> = items
                .iter()
                .map(|v| {
                    if let Value::Int(i) = v {
                        Some(*i)
                    } else {
                        None
                    }
                })
                .collect();
            let ints = ints.filter(|v| !v.is_empty()).ok_or_else(wrong)?;
            let pick = if name == "min" {
                ints.iter().min()
            } else {
                ints.iter().max()
            };
            pick.map(|v| Value::Int(*v)).ok_or_else(wrong)
        }
        // True for a question not answered yet or hidden: the one test that is never unknown.
        "missing" => Ok(Value::Boolean(matches!(arg, Value::Empty))),
        "if" => match args(3)? {
            [Value::Boolean(c), a, b] => Ok(if *c { a.clone() } else { b.clone() }),
            _ => Err(wrong()),
        },
        _ => Err(EvalexprError::FunctionIdentifierNotFound(name.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn holds(src: &str, vars: &[(&str, Value)]) -> bool {
        let slots: HashMap<String, usize> = vars
            .iter()
            .enumerate()
            .map(|(i, (k, _))| (k.to_string(), i))
            .collect();
        let values: Vec<Value> = vars.iter().map(|(_, v)| v.clone()).collect();
        let c = Condition::parse(src.to_string(), 0..0);
        assert!(c.tree.is_ok(), "{src}: {:?}", c.tree);
        c.holds(&Bindings {
            slots: &slots,
            values: &values,
        })
    }

    fn s(v: &str) -> Value {
        Value::String(v.into())
    }

    #[test]
    fn an_unknown_side_does_not_hide_a_true_one() {
        let vars = [("m", s("declined")), ("y", s("yes")), ("n", s("dont_know"))];
        assert!(holds(r#"contains(m, "a") || y == "yes""#, &vars));
        assert!(holds(r#"y == "yes" || n >= 12"#, &vars));
        assert!(!holds(r#"contains(m, "a") && y == "yes""#, &vars));
        assert!(!holds(r#"n >= 12 || y == "no""#, &vars));
    }

    #[test]
    fn comparisons_with_missing_answers_are_unknown() {
        let vars = [
            ("u", Value::Empty),
            ("d", s("declined")),
            ("day", s("dont_know")),
        ];
        assert!(!holds(r#"u != "no""#, &vars));
        assert!(!holds(r#"u == "no""#, &vars));
        assert!(!holds(r#"!(u == "no")"#, &vars));
        // A declined answer is a value for == and != ...
        assert!(holds(r#"d == "declined" && d != "yes""#, &vars));
        // ...but has no order: a declined date is not "after 2020".
        assert!(!holds(r#"day > "2020-01-01""#, &vars));
        assert!(!holds(r#"!(day > "2020-01-01")"#, &vars));
        assert!(!holds("d >= 18", &vars));
        assert!(holds(r#"missing(u) || u != "no""#, &vars));
        assert!(!holds("missing(d)", &vars));
    }

    #[test]
    fn negating_missing_information_never_raises_a_flag() {
        let vars = [("n", Value::Empty), ("y", s("yes"))];
        assert!(!holds("!(n > 60)", &vars));
        assert!(!holds("!(n > 60 && y == \"yes\")", &vars));
        // Known false under a negation is true.
        assert!(holds("!(y == \"no\")", &vars));
        assert!(holds("!(n > 60 && y == \"no\")", &vars));
    }

    #[test]
    fn functions_only_accept_what_they_make_sense_for() {
        let t = |v: &[&str]| Value::Tuple(v.iter().map(|x| s(x)).collect());
        let vars = [("m", t(&["a", "b"])), ("d", s("declined")), ("e", t(&[]))];
        assert!(holds("len(m) == 2 && len(e) == 0", &vars));
        assert!(
            !holds("len(d) >= 2", &vars),
            "a declined answer has no length"
        );
        assert!(holds(r#"contains(m, "a") && !contains(e, "a")"#, &vars));
        assert!(!holds(r#"contains(d, "e")"#, &vars));
        assert!(!holds(r#"!contains(d, "e")"#, &vars));
        assert!(holds(r#"contains_any(m, ("z", "b"))"#, &vars));
        assert!(holds("max(1, 5, 3) == 5 && min(4, 2) == 2", &vars));
        assert!(holds(r#"if(len(m) > 1, "many", "few") == "many""#, &vars));
    }

    #[test]
    fn incomplete_expressions_are_syntax_errors() {
        for src in ["", "a ==", "a == \"yes\" &&", "== 3", "a = 3; b"] {
            assert!(Condition::parse(src.into(), 0..0).tree.is_err(), "{src:?}");
        }
        assert!(Condition::parse("!(a == 1)".into(), 0..0).tree.is_ok());
    }

    #[test]
    fn lists_comparisons_with_literals() {
        let c = Condition::parse(
            r#"a == "x" || "y" != b || contains_any(m, ("p", "q"))"#.into(),
            0..0,
        );
        let got: Vec<(String, String, bool)> = c
            .compared_literals()
            .into_iter()
            .map(|c| (c.variable, c.literal, c.membership))
            .collect();
        assert!(got.contains(&("a".into(), "x".into(), false)));
        assert!(got.contains(&("b".into(), "y".into(), false)));
        assert!(got.contains(&("m".into(), "p".into(), true)));
        assert!(got.contains(&("m".into(), "q".into(), true)));
    }
}
