# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_lantern_global_optspecs
    string join \n root= config= data-dir= lang= plain theme= h/help V/version
end

function __fish_lantern_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_lantern_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_lantern_using_subcommand
    set -l cmd (__fish_lantern_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c lantern -n "__fish_lantern_needs_command" -l root -d 'The organization\'s folder: keys/, screening/, locales/, directory/, each optional [default: found from the current folder upward, else the data folder or the executable\'s folder; what it lacks is built in (docs/deployment.md)]' -r -F
complete -c lantern -n "__fish_lantern_needs_command" -l config -d 'Organization settings file [default: the user\'s config folder, lantern/config.toml]' -r -F
complete -c lantern -n "__fish_lantern_needs_command" -l data-dir -d 'Folder for the outbox, drafts and the device key [default: the user\'s data folder, lantern/]' -r -F
complete -c lantern -n "__fish_lantern_needs_command" -l lang -d 'Screen language (worker\'s), e.g. es or zh-Hans [default: from LANG/LC_*]' -r
complete -c lantern -n "__fish_lantern_needs_command" -l theme -d 'Colour theme: default, high-contrast or monochrome (NO_COLOR forces monochrome)' -r
complete -c lantern -n "__fish_lantern_needs_command" -l plain -d 'Plain mode: numbered line-by-line prompts, for screen readers and serial consoles'
complete -c lantern -n "__fish_lantern_needs_command" -s h -l help -d 'Print help'
complete -c lantern -n "__fish_lantern_needs_command" -s V -l version -d 'Print version'
complete -c lantern -n "__fish_lantern_needs_command" -f -a "lint" -d 'Check protocol files and the keys folder: positioned errors with remedies'
complete -c lantern -n "__fish_lantern_needs_command" -f -a "simulate" -d 'Walk a protocol with scripted answers and print the path and results (writes nothing)'
complete -c lantern -n "__fish_lantern_needs_command" -f -a "protocols" -d 'List the protocols in screening/ with their languages and provenance'
complete -c lantern -n "__fish_lantern_needs_command" -f -a "schema" -d 'Print the JSON Schema of the protocol or settings format (for editors)'
complete -c lantern -n "__fish_lantern_needs_command" -f -a "config" -d 'Show, check or create the organization settings file'
complete -c lantern -n "__fish_lantern_needs_command" -f -a "keys" -d 'Manage the organization\'s public keys in keys/ (records are encrypted to them)'
complete -c lantern -n "__fish_lantern_needs_command" -f -a "outbox" -d 'List the encrypted records waiting to be synced, and check each file'
complete -c lantern -n "__fish_lantern_needs_command" -f -a "open" -d 'Supervisor: decrypt and show one record (needs the organization\'s identity)'
complete -c lantern -n "__fish_lantern_needs_command" -f -a "export" -d 'Supervisor: export records as CSV or JSON lines for the case-management system'
complete -c lantern -n "__fish_lantern_needs_command" -f -a "report" -d 'Supervisor: aggregate, non-identifying counts for funder reporting'
complete -c lantern -n "__fish_lantern_needs_command" -f -a "directory" -d 'The referral directory (HSDS 3.0): import, stats, search'
complete -c lantern -n "__fish_lantern_needs_command" -f -a "screen" -d 'Start a screening straight away (hotline): `lantern screen --protocol hotline-brief --lang es`'
complete -c lantern -n "__fish_lantern_needs_command" -f -a "sync" -d 'Carry the encrypted outbox to a folder, an S3-compatible bucket or a WebDAV share'
complete -c lantern -n "__fish_lantern_needs_command" -f -a "pull" -d 'Supervisor: copy new records from a folder, bucket or share to this machine, verified'
complete -c lantern -n "__fish_lantern_needs_command" -f -a "practice" -d 'Rehearse a screening with a fictional person and get a debrief (no keys, nothing saved)'
complete -c lantern -n "__fish_lantern_needs_command" -f -a "org" -d 'Start an organization\'s folder: keys, protocols, directory and settings to deploy'
complete -c lantern -n "__fish_lantern_needs_command" -f -a "translate" -d 'Translator round trip: export texts to gettext PO files, import them back, status'
complete -c lantern -n "__fish_lantern_needs_command" -f -a "completions" -d 'Print shell completions: `lantern completions bash > /etc/bash_completion.d/lantern`'
complete -c lantern -n "__fish_lantern_needs_command" -f -a "man" -d 'Print the manual page (roff): `lantern man | man -l -`'
complete -c lantern -n "__fish_lantern_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lantern -n "__fish_lantern_using_subcommand lint" -l keys -d 'Also scan this folder for private keys [default: keys/ when no paths are given]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand lint" -l root -d 'The organization\'s folder: keys/, screening/, locales/, directory/, each optional [default: found from the current folder upward, else the data folder or the executable\'s folder; what it lacks is built in (docs/deployment.md)]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand lint" -l config -d 'Organization settings file [default: the user\'s config folder, lantern/config.toml]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand lint" -l data-dir -d 'Folder for the outbox, drafts and the device key [default: the user\'s data folder, lantern/]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand lint" -l lang -d 'Screen language (worker\'s), e.g. es or zh-Hans [default: from LANG/LC_*]' -r
complete -c lantern -n "__fish_lantern_using_subcommand lint" -l theme -d 'Colour theme: default, high-contrast or monochrome (NO_COLOR forces monochrome)' -r
complete -c lantern -n "__fish_lantern_using_subcommand lint" -l json -d 'Print the findings as JSON'
complete -c lantern -n "__fish_lantern_using_subcommand lint" -l plain -d 'Plain mode: numbered line-by-line prompts, for screen readers and serial consoles'
complete -c lantern -n "__fish_lantern_using_subcommand lint" -s h -l help -d 'Print help'
complete -c lantern -n "__fish_lantern_using_subcommand simulate" -l answers -d 'Scripted answers (TOML; see docs/simulate.md)' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand simulate" -l lang -d 'Interview language [default: the protocol\'s default language]' -r
complete -c lantern -n "__fish_lantern_using_subcommand simulate" -l root -d 'The organization\'s folder: keys/, screening/, locales/, directory/, each optional [default: found from the current folder upward, else the data folder or the executable\'s folder; what it lacks is built in (docs/deployment.md)]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand simulate" -l config -d 'Organization settings file [default: the user\'s config folder, lantern/config.toml]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand simulate" -l data-dir -d 'Folder for the outbox, drafts and the device key [default: the user\'s data folder, lantern/]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand simulate" -l theme -d 'Colour theme: default, high-contrast or monochrome (NO_COLOR forces monochrome)' -r
complete -c lantern -n "__fish_lantern_using_subcommand simulate" -l json -d 'Print the report as JSON'
complete -c lantern -n "__fish_lantern_using_subcommand simulate" -l plain -d 'Plain mode: numbered line-by-line prompts, for screen readers and serial consoles'
complete -c lantern -n "__fish_lantern_using_subcommand simulate" -s h -l help -d 'Print help'
complete -c lantern -n "__fish_lantern_using_subcommand protocols; and not __fish_seen_subcommand_from diff help" -l root -d 'The organization\'s folder: keys/, screening/, locales/, directory/, each optional [default: found from the current folder upward, else the data folder or the executable\'s folder; what it lacks is built in (docs/deployment.md)]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand protocols; and not __fish_seen_subcommand_from diff help" -l config -d 'Organization settings file [default: the user\'s config folder, lantern/config.toml]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand protocols; and not __fish_seen_subcommand_from diff help" -l data-dir -d 'Folder for the outbox, drafts and the device key [default: the user\'s data folder, lantern/]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand protocols; and not __fish_seen_subcommand_from diff help" -l lang -d 'Screen language (worker\'s), e.g. es or zh-Hans [default: from LANG/LC_*]' -r
complete -c lantern -n "__fish_lantern_using_subcommand protocols; and not __fish_seen_subcommand_from diff help" -l theme -d 'Colour theme: default, high-contrast or monochrome (NO_COLOR forces monochrome)' -r
complete -c lantern -n "__fish_lantern_using_subcommand protocols; and not __fish_seen_subcommand_from diff help" -l json -d 'Print as JSON'
complete -c lantern -n "__fish_lantern_using_subcommand protocols; and not __fish_seen_subcommand_from diff help" -l plain -d 'Plain mode: numbered line-by-line prompts, for screen readers and serial consoles'
complete -c lantern -n "__fish_lantern_using_subcommand protocols; and not __fish_seen_subcommand_from diff help" -s h -l help -d 'Print help'
complete -c lantern -n "__fish_lantern_using_subcommand protocols; and not __fish_seen_subcommand_from diff help" -f -a "diff" -d 'What changed between two versions of a protocol, and which answers a draft carried over to the new one would leave behind (e.g. `git show v1:screening/youth.toml > old.toml`, then `lantern protocols diff old.toml screening/youth.toml`)'
complete -c lantern -n "__fish_lantern_using_subcommand protocols; and not __fish_seen_subcommand_from diff help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lantern -n "__fish_lantern_using_subcommand protocols; and __fish_seen_subcommand_from diff" -l root -d 'The organization\'s folder: keys/, screening/, locales/, directory/, each optional [default: found from the current folder upward, else the data folder or the executable\'s folder; what it lacks is built in (docs/deployment.md)]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand protocols; and __fish_seen_subcommand_from diff" -l config -d 'Organization settings file [default: the user\'s config folder, lantern/config.toml]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand protocols; and __fish_seen_subcommand_from diff" -l data-dir -d 'Folder for the outbox, drafts and the device key [default: the user\'s data folder, lantern/]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand protocols; and __fish_seen_subcommand_from diff" -l lang -d 'Screen language (worker\'s), e.g. es or zh-Hans [default: from LANG/LC_*]' -r
complete -c lantern -n "__fish_lantern_using_subcommand protocols; and __fish_seen_subcommand_from diff" -l theme -d 'Colour theme: default, high-contrast or monochrome (NO_COLOR forces monochrome)' -r
complete -c lantern -n "__fish_lantern_using_subcommand protocols; and __fish_seen_subcommand_from diff" -l plain -d 'Plain mode: numbered line-by-line prompts, for screen readers and serial consoles'
complete -c lantern -n "__fish_lantern_using_subcommand protocols; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help'
complete -c lantern -n "__fish_lantern_using_subcommand protocols; and __fish_seen_subcommand_from help" -f -a "diff" -d 'What changed between two versions of a protocol, and which answers a draft carried over to the new one would leave behind (e.g. `git show v1:screening/youth.toml > old.toml`, then `lantern protocols diff old.toml screening/youth.toml`)'
complete -c lantern -n "__fish_lantern_using_subcommand protocols; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lantern -n "__fish_lantern_using_subcommand schema" -l root -d 'The organization\'s folder: keys/, screening/, locales/, directory/, each optional [default: found from the current folder upward, else the data folder or the executable\'s folder; what it lacks is built in (docs/deployment.md)]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand schema" -l config -d 'Organization settings file [default: the user\'s config folder, lantern/config.toml]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand schema" -l data-dir -d 'Folder for the outbox, drafts and the device key [default: the user\'s data folder, lantern/]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand schema" -l lang -d 'Screen language (worker\'s), e.g. es or zh-Hans [default: from LANG/LC_*]' -r
complete -c lantern -n "__fish_lantern_using_subcommand schema" -l theme -d 'Colour theme: default, high-contrast or monochrome (NO_COLOR forces monochrome)' -r
complete -c lantern -n "__fish_lantern_using_subcommand schema" -l plain -d 'Plain mode: numbered line-by-line prompts, for screen readers and serial consoles'
complete -c lantern -n "__fish_lantern_using_subcommand schema" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lantern -n "__fish_lantern_using_subcommand config; and not __fish_seen_subcommand_from path check init help" -l root -d 'The organization\'s folder: keys/, screening/, locales/, directory/, each optional [default: found from the current folder upward, else the data folder or the executable\'s folder; what it lacks is built in (docs/deployment.md)]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand config; and not __fish_seen_subcommand_from path check init help" -l config -d 'Organization settings file [default: the user\'s config folder, lantern/config.toml]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand config; and not __fish_seen_subcommand_from path check init help" -l data-dir -d 'Folder for the outbox, drafts and the device key [default: the user\'s data folder, lantern/]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand config; and not __fish_seen_subcommand_from path check init help" -l lang -d 'Screen language (worker\'s), e.g. es or zh-Hans [default: from LANG/LC_*]' -r
complete -c lantern -n "__fish_lantern_using_subcommand config; and not __fish_seen_subcommand_from path check init help" -l theme -d 'Colour theme: default, high-contrast or monochrome (NO_COLOR forces monochrome)' -r
complete -c lantern -n "__fish_lantern_using_subcommand config; and not __fish_seen_subcommand_from path check init help" -l plain -d 'Plain mode: numbered line-by-line prompts, for screen readers and serial consoles'
complete -c lantern -n "__fish_lantern_using_subcommand config; and not __fish_seen_subcommand_from path check init help" -s h -l help -d 'Print help'
complete -c lantern -n "__fish_lantern_using_subcommand config; and not __fish_seen_subcommand_from path check init help" -f -a "path" -d 'Print where lantern looks for the settings file'
complete -c lantern -n "__fish_lantern_using_subcommand config; and not __fish_seen_subcommand_from path check init help" -f -a "check" -d 'Check the settings file and summarize what is in force'
complete -c lantern -n "__fish_lantern_using_subcommand config; and not __fish_seen_subcommand_from path check init help" -f -a "init" -d 'Write the example settings to the settings path (or --config) to start editing'
complete -c lantern -n "__fish_lantern_using_subcommand config; and not __fish_seen_subcommand_from path check init help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lantern -n "__fish_lantern_using_subcommand config; and __fish_seen_subcommand_from path" -l root -d 'The organization\'s folder: keys/, screening/, locales/, directory/, each optional [default: found from the current folder upward, else the data folder or the executable\'s folder; what it lacks is built in (docs/deployment.md)]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand config; and __fish_seen_subcommand_from path" -l config -d 'Organization settings file [default: the user\'s config folder, lantern/config.toml]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand config; and __fish_seen_subcommand_from path" -l data-dir -d 'Folder for the outbox, drafts and the device key [default: the user\'s data folder, lantern/]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand config; and __fish_seen_subcommand_from path" -l lang -d 'Screen language (worker\'s), e.g. es or zh-Hans [default: from LANG/LC_*]' -r
complete -c lantern -n "__fish_lantern_using_subcommand config; and __fish_seen_subcommand_from path" -l theme -d 'Colour theme: default, high-contrast or monochrome (NO_COLOR forces monochrome)' -r
complete -c lantern -n "__fish_lantern_using_subcommand config; and __fish_seen_subcommand_from path" -l plain -d 'Plain mode: numbered line-by-line prompts, for screen readers and serial consoles'
complete -c lantern -n "__fish_lantern_using_subcommand config; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help'
complete -c lantern -n "__fish_lantern_using_subcommand config; and __fish_seen_subcommand_from check" -l root -d 'The organization\'s folder: keys/, screening/, locales/, directory/, each optional [default: found from the current folder upward, else the data folder or the executable\'s folder; what it lacks is built in (docs/deployment.md)]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand config; and __fish_seen_subcommand_from check" -l config -d 'Organization settings file [default: the user\'s config folder, lantern/config.toml]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand config; and __fish_seen_subcommand_from check" -l data-dir -d 'Folder for the outbox, drafts and the device key [default: the user\'s data folder, lantern/]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand config; and __fish_seen_subcommand_from check" -l lang -d 'Screen language (worker\'s), e.g. es or zh-Hans [default: from LANG/LC_*]' -r
complete -c lantern -n "__fish_lantern_using_subcommand config; and __fish_seen_subcommand_from check" -l theme -d 'Colour theme: default, high-contrast or monochrome (NO_COLOR forces monochrome)' -r
complete -c lantern -n "__fish_lantern_using_subcommand config; and __fish_seen_subcommand_from check" -l plain -d 'Plain mode: numbered line-by-line prompts, for screen readers and serial consoles'
complete -c lantern -n "__fish_lantern_using_subcommand config; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c lantern -n "__fish_lantern_using_subcommand config; and __fish_seen_subcommand_from init" -l root -d 'The organization\'s folder: keys/, screening/, locales/, directory/, each optional [default: found from the current folder upward, else the data folder or the executable\'s folder; what it lacks is built in (docs/deployment.md)]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand config; and __fish_seen_subcommand_from init" -l config -d 'Organization settings file [default: the user\'s config folder, lantern/config.toml]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand config; and __fish_seen_subcommand_from init" -l data-dir -d 'Folder for the outbox, drafts and the device key [default: the user\'s data folder, lantern/]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand config; and __fish_seen_subcommand_from init" -l lang -d 'Screen language (worker\'s), e.g. es or zh-Hans [default: from LANG/LC_*]' -r
complete -c lantern -n "__fish_lantern_using_subcommand config; and __fish_seen_subcommand_from init" -l theme -d 'Colour theme: default, high-contrast or monochrome (NO_COLOR forces monochrome)' -r
complete -c lantern -n "__fish_lantern_using_subcommand config; and __fish_seen_subcommand_from init" -l force -d 'Replace an existing file'
complete -c lantern -n "__fish_lantern_using_subcommand config; and __fish_seen_subcommand_from init" -l plain -d 'Plain mode: numbered line-by-line prompts, for screen readers and serial consoles'
complete -c lantern -n "__fish_lantern_using_subcommand config; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help'
complete -c lantern -n "__fish_lantern_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print where lantern looks for the settings file'
complete -c lantern -n "__fish_lantern_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check the settings file and summarize what is in force'
complete -c lantern -n "__fish_lantern_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "init" -d 'Write the example settings to the settings path (or --config) to start editing'
complete -c lantern -n "__fish_lantern_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lantern -n "__fish_lantern_using_subcommand keys; and not __fish_seen_subcommand_from init add list check help" -l root -d 'The organization\'s folder: keys/, screening/, locales/, directory/, each optional [default: found from the current folder upward, else the data folder or the executable\'s folder; what it lacks is built in (docs/deployment.md)]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand keys; and not __fish_seen_subcommand_from init add list check help" -l config -d 'Organization settings file [default: the user\'s config folder, lantern/config.toml]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand keys; and not __fish_seen_subcommand_from init add list check help" -l data-dir -d 'Folder for the outbox, drafts and the device key [default: the user\'s data folder, lantern/]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand keys; and not __fish_seen_subcommand_from init add list check help" -l lang -d 'Screen language (worker\'s), e.g. es or zh-Hans [default: from LANG/LC_*]' -r
complete -c lantern -n "__fish_lantern_using_subcommand keys; and not __fish_seen_subcommand_from init add list check help" -l theme -d 'Colour theme: default, high-contrast or monochrome (NO_COLOR forces monochrome)' -r
complete -c lantern -n "__fish_lantern_using_subcommand keys; and not __fish_seen_subcommand_from init add list check help" -l plain -d 'Plain mode: numbered line-by-line prompts, for screen readers and serial consoles'
complete -c lantern -n "__fish_lantern_using_subcommand keys; and not __fish_seen_subcommand_from init add list check help" -s h -l help -d 'Print help'
complete -c lantern -n "__fish_lantern_using_subcommand keys; and not __fish_seen_subcommand_from init add list check help" -f -a "init" -d 'Supervisor\'s one-time setup: create the organization identity (private key) at PATH, outside keys/, and add its public key to keys/'
complete -c lantern -n "__fish_lantern_using_subcommand keys; and not __fish_seen_subcommand_from init add list check help" -f -a "add" -d 'Add a public key (age1... or an ssh-ed25519/ssh-rsa public key) to keys/'
complete -c lantern -n "__fish_lantern_using_subcommand keys; and not __fish_seen_subcommand_from init add list check help" -f -a "list" -d 'List the recipients every record is encrypted to'
complete -c lantern -n "__fish_lantern_using_subcommand keys; and not __fish_seen_subcommand_from init add list check help" -f -a "check" -d 'Look for private keys where they must not be (keys/, lantern\'s data and settings)'
complete -c lantern -n "__fish_lantern_using_subcommand keys; and not __fish_seen_subcommand_from init add list check help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lantern -n "__fish_lantern_using_subcommand keys; and __fish_seen_subcommand_from init" -l identity -d 'Where to write the identity: on the supervisor\'s machine or removable media, never on a field laptop' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand keys; and __fish_seen_subcommand_from init" -l file -d 'File in keys/ to add the public key to' -r
complete -c lantern -n "__fish_lantern_using_subcommand keys; and __fish_seen_subcommand_from init" -l root -d 'The organization\'s folder: keys/, screening/, locales/, directory/, each optional [default: found from the current folder upward, else the data folder or the executable\'s folder; what it lacks is built in (docs/deployment.md)]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand keys; and __fish_seen_subcommand_from init" -l config -d 'Organization settings file [default: the user\'s config folder, lantern/config.toml]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand keys; and __fish_seen_subcommand_from init" -l data-dir -d 'Folder for the outbox, drafts and the device key [default: the user\'s data folder, lantern/]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand keys; and __fish_seen_subcommand_from init" -l lang -d 'Screen language (worker\'s), e.g. es or zh-Hans [default: from LANG/LC_*]' -r
complete -c lantern -n "__fish_lantern_using_subcommand keys; and __fish_seen_subcommand_from init" -l theme -d 'Colour theme: default, high-contrast or monochrome (NO_COLOR forces monochrome)' -r
complete -c lantern -n "__fish_lantern_using_subcommand keys; and __fish_seen_subcommand_from init" -l plain -d 'Plain mode: numbered line-by-line prompts, for screen readers and serial consoles'
complete -c lantern -n "__fish_lantern_using_subcommand keys; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help'
complete -c lantern -n "__fish_lantern_using_subcommand keys; and __fish_seen_subcommand_from add" -l label -d 'A comment written above the key (who or what it is)' -r
complete -c lantern -n "__fish_lantern_using_subcommand keys; and __fish_seen_subcommand_from add" -l file -d 'File in keys/ to add it to' -r
complete -c lantern -n "__fish_lantern_using_subcommand keys; and __fish_seen_subcommand_from add" -l root -d 'The organization\'s folder: keys/, screening/, locales/, directory/, each optional [default: found from the current folder upward, else the data folder or the executable\'s folder; what it lacks is built in (docs/deployment.md)]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand keys; and __fish_seen_subcommand_from add" -l config -d 'Organization settings file [default: the user\'s config folder, lantern/config.toml]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand keys; and __fish_seen_subcommand_from add" -l data-dir -d 'Folder for the outbox, drafts and the device key [default: the user\'s data folder, lantern/]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand keys; and __fish_seen_subcommand_from add" -l lang -d 'Screen language (worker\'s), e.g. es or zh-Hans [default: from LANG/LC_*]' -r
complete -c lantern -n "__fish_lantern_using_subcommand keys; and __fish_seen_subcommand_from add" -l theme -d 'Colour theme: default, high-contrast or monochrome (NO_COLOR forces monochrome)' -r
complete -c lantern -n "__fish_lantern_using_subcommand keys; and __fish_seen_subcommand_from add" -l plain -d 'Plain mode: numbered line-by-line prompts, for screen readers and serial consoles'
complete -c lantern -n "__fish_lantern_using_subcommand keys; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c lantern -n "__fish_lantern_using_subcommand keys; and __fish_seen_subcommand_from list" -l root -d 'The organization\'s folder: keys/, screening/, locales/, directory/, each optional [default: found from the current folder upward, else the data folder or the executable\'s folder; what it lacks is built in (docs/deployment.md)]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand keys; and __fish_seen_subcommand_from list" -l config -d 'Organization settings file [default: the user\'s config folder, lantern/config.toml]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand keys; and __fish_seen_subcommand_from list" -l data-dir -d 'Folder for the outbox, drafts and the device key [default: the user\'s data folder, lantern/]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand keys; and __fish_seen_subcommand_from list" -l lang -d 'Screen language (worker\'s), e.g. es or zh-Hans [default: from LANG/LC_*]' -r
complete -c lantern -n "__fish_lantern_using_subcommand keys; and __fish_seen_subcommand_from list" -l theme -d 'Colour theme: default, high-contrast or monochrome (NO_COLOR forces monochrome)' -r
complete -c lantern -n "__fish_lantern_using_subcommand keys; and __fish_seen_subcommand_from list" -l json
complete -c lantern -n "__fish_lantern_using_subcommand keys; and __fish_seen_subcommand_from list" -l plain -d 'Plain mode: numbered line-by-line prompts, for screen readers and serial consoles'
complete -c lantern -n "__fish_lantern_using_subcommand keys; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c lantern -n "__fish_lantern_using_subcommand keys; and __fish_seen_subcommand_from check" -l root -d 'The organization\'s folder: keys/, screening/, locales/, directory/, each optional [default: found from the current folder upward, else the data folder or the executable\'s folder; what it lacks is built in (docs/deployment.md)]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand keys; and __fish_seen_subcommand_from check" -l config -d 'Organization settings file [default: the user\'s config folder, lantern/config.toml]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand keys; and __fish_seen_subcommand_from check" -l data-dir -d 'Folder for the outbox, drafts and the device key [default: the user\'s data folder, lantern/]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand keys; and __fish_seen_subcommand_from check" -l lang -d 'Screen language (worker\'s), e.g. es or zh-Hans [default: from LANG/LC_*]' -r
complete -c lantern -n "__fish_lantern_using_subcommand keys; and __fish_seen_subcommand_from check" -l theme -d 'Colour theme: default, high-contrast or monochrome (NO_COLOR forces monochrome)' -r
complete -c lantern -n "__fish_lantern_using_subcommand keys; and __fish_seen_subcommand_from check" -l plain -d 'Plain mode: numbered line-by-line prompts, for screen readers and serial consoles'
complete -c lantern -n "__fish_lantern_using_subcommand keys; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c lantern -n "__fish_lantern_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "init" -d 'Supervisor\'s one-time setup: create the organization identity (private key) at PATH, outside keys/, and add its public key to keys/'
complete -c lantern -n "__fish_lantern_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a public key (age1... or an ssh-ed25519/ssh-rsa public key) to keys/'
complete -c lantern -n "__fish_lantern_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the recipients every record is encrypted to'
complete -c lantern -n "__fish_lantern_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "check" -d 'Look for private keys where they must not be (keys/, lantern\'s data and settings)'
complete -c lantern -n "__fish_lantern_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lantern -n "__fish_lantern_using_subcommand outbox" -l root -d 'The organization\'s folder: keys/, screening/, locales/, directory/, each optional [default: found from the current folder upward, else the data folder or the executable\'s folder; what it lacks is built in (docs/deployment.md)]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand outbox" -l config -d 'Organization settings file [default: the user\'s config folder, lantern/config.toml]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand outbox" -l data-dir -d 'Folder for the outbox, drafts and the device key [default: the user\'s data folder, lantern/]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand outbox" -l lang -d 'Screen language (worker\'s), e.g. es or zh-Hans [default: from LANG/LC_*]' -r
complete -c lantern -n "__fish_lantern_using_subcommand outbox" -l theme -d 'Colour theme: default, high-contrast or monochrome (NO_COLOR forces monochrome)' -r
complete -c lantern -n "__fish_lantern_using_subcommand outbox" -l json
complete -c lantern -n "__fish_lantern_using_subcommand outbox" -l plain -d 'Plain mode: numbered line-by-line prompts, for screen readers and serial consoles'
complete -c lantern -n "__fish_lantern_using_subcommand outbox" -s h -l help -d 'Print help'
complete -c lantern -n "__fish_lantern_using_subcommand open" -l from -d 'Read it from a target (a name from the settings, `s3://BUCKET/PREFIX`, a WebDAV URL)' -r
complete -c lantern -n "__fish_lantern_using_subcommand open" -s i -l identity -d 'The organization\'s identity file (age identity or ssh private key)' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand open" -l root -d 'The organization\'s folder: keys/, screening/, locales/, directory/, each optional [default: found from the current folder upward, else the data folder or the executable\'s folder; what it lacks is built in (docs/deployment.md)]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand open" -l config -d 'Organization settings file [default: the user\'s config folder, lantern/config.toml]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand open" -l data-dir -d 'Folder for the outbox, drafts and the device key [default: the user\'s data folder, lantern/]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand open" -l lang -d 'Screen language (worker\'s), e.g. es or zh-Hans [default: from LANG/LC_*]' -r
complete -c lantern -n "__fish_lantern_using_subcommand open" -l theme -d 'Colour theme: default, high-contrast or monochrome (NO_COLOR forces monochrome)' -r
complete -c lantern -n "__fish_lantern_using_subcommand open" -l json -d 'Print the record\'s JSON'
complete -c lantern -n "__fish_lantern_using_subcommand open" -l plain -d 'Plain mode: numbered line-by-line prompts, for screen readers and serial consoles'
complete -c lantern -n "__fish_lantern_using_subcommand open" -s h -l help -d 'Print help'
complete -c lantern -n "__fish_lantern_using_subcommand export" -l from -d 'Read every record on a target instead (a name from the settings, `s3://BUCKET/PREFIX`, a WebDAV URL), sub-folders included; nothing is written to disk but the export' -r
complete -c lantern -n "__fish_lantern_using_subcommand export" -s i -l identity -r -F
complete -c lantern -n "__fish_lantern_using_subcommand export" -l format -r -f -a "csv\t''
jsonl\t''"
complete -c lantern -n "__fish_lantern_using_subcommand export" -s o -l output -d 'Write to this file (created with mode 0600; refused if it exists) instead of stdout. It holds plaintext: keep it on the supervisor\'s encrypted storage' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand export" -l separator -d 'CSV separator: the one your spreadsheet expects (many European locales use `;`)' -r -f -a "comma\t''
semicolon\t''
tab\t''"
complete -c lantern -n "__fish_lantern_using_subcommand export" -l root -d 'The organization\'s folder: keys/, screening/, locales/, directory/, each optional [default: found from the current folder upward, else the data folder or the executable\'s folder; what it lacks is built in (docs/deployment.md)]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand export" -l config -d 'Organization settings file [default: the user\'s config folder, lantern/config.toml]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand export" -l data-dir -d 'Folder for the outbox, drafts and the device key [default: the user\'s data folder, lantern/]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand export" -l lang -d 'Screen language (worker\'s), e.g. es or zh-Hans [default: from LANG/LC_*]' -r
complete -c lantern -n "__fish_lantern_using_subcommand export" -l theme -d 'Colour theme: default, high-contrast or monochrome (NO_COLOR forces monochrome)' -r
complete -c lantern -n "__fish_lantern_using_subcommand export" -l include-sensitive -d 'Also export the answers the protocol marks sensitive and the free-text notes (left out by default: they could identify or endanger the person)'
complete -c lantern -n "__fish_lantern_using_subcommand export" -l plain -d 'Plain mode: numbered line-by-line prompts, for screen readers and serial consoles'
complete -c lantern -n "__fish_lantern_using_subcommand export" -s h -l help -d 'Print help'
complete -c lantern -n "__fish_lantern_using_subcommand report" -l from -d 'Read every record on a target instead (see `export --from`)' -r
complete -c lantern -n "__fish_lantern_using_subcommand report" -s i -l identity -r -F
complete -c lantern -n "__fish_lantern_using_subcommand report" -l min-count -d 'Suppress counts below N (small numbers can identify people); 0 or 1 shows all' -r
complete -c lantern -n "__fish_lantern_using_subcommand report" -l root -d 'The organization\'s folder: keys/, screening/, locales/, directory/, each optional [default: found from the current folder upward, else the data folder or the executable\'s folder; what it lacks is built in (docs/deployment.md)]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand report" -l config -d 'Organization settings file [default: the user\'s config folder, lantern/config.toml]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand report" -l data-dir -d 'Folder for the outbox, drafts and the device key [default: the user\'s data folder, lantern/]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand report" -l lang -d 'Screen language (worker\'s), e.g. es or zh-Hans [default: from LANG/LC_*]' -r
complete -c lantern -n "__fish_lantern_using_subcommand report" -l theme -d 'Colour theme: default, high-contrast or monochrome (NO_COLOR forces monochrome)' -r
complete -c lantern -n "__fish_lantern_using_subcommand report" -l json
complete -c lantern -n "__fish_lantern_using_subcommand report" -l plain -d 'Plain mode: numbered line-by-line prompts, for screen readers and serial consoles'
complete -c lantern -n "__fish_lantern_using_subcommand report" -s h -l help -d 'Print help'
complete -c lantern -n "__fish_lantern_using_subcommand directory; and not __fish_seen_subcommand_from import stats search help" -l root -d 'The organization\'s folder: keys/, screening/, locales/, directory/, each optional [default: found from the current folder upward, else the data folder or the executable\'s folder; what it lacks is built in (docs/deployment.md)]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand directory; and not __fish_seen_subcommand_from import stats search help" -l config -d 'Organization settings file [default: the user\'s config folder, lantern/config.toml]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand directory; and not __fish_seen_subcommand_from import stats search help" -l data-dir -d 'Folder for the outbox, drafts and the device key [default: the user\'s data folder, lantern/]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand directory; and not __fish_seen_subcommand_from import stats search help" -l lang -d 'Screen language (worker\'s), e.g. es or zh-Hans [default: from LANG/LC_*]' -r
complete -c lantern -n "__fish_lantern_using_subcommand directory; and not __fish_seen_subcommand_from import stats search help" -l theme -d 'Colour theme: default, high-contrast or monochrome (NO_COLOR forces monochrome)' -r
complete -c lantern -n "__fish_lantern_using_subcommand directory; and not __fish_seen_subcommand_from import stats search help" -l plain -d 'Plain mode: numbered line-by-line prompts, for screen readers and serial consoles'
complete -c lantern -n "__fish_lantern_using_subcommand directory; and not __fish_seen_subcommand_from import stats search help" -s h -l help -d 'Print help'
complete -c lantern -n "__fish_lantern_using_subcommand directory; and not __fish_seen_subcommand_from import stats search help" -f -a "import" -d 'Check and install an HSDS 3.0 directory: a CSV datapackage folder or a JSON file'
complete -c lantern -n "__fish_lantern_using_subcommand directory; and not __fish_seen_subcommand_from import stats search help" -f -a "stats" -d 'Counts of the directory in use: services, categories, languages'
complete -c lantern -n "__fish_lantern_using_subcommand directory; and not __fish_seen_subcommand_from import stats search help" -f -a "search" -d 'Find services by words in their name, organization, description or eligibility'
complete -c lantern -n "__fish_lantern_using_subcommand directory; and not __fish_seen_subcommand_from import stats search help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lantern -n "__fish_lantern_using_subcommand directory; and __fish_seen_subcommand_from import" -l root -d 'The organization\'s folder: keys/, screening/, locales/, directory/, each optional [default: found from the current folder upward, else the data folder or the executable\'s folder; what it lacks is built in (docs/deployment.md)]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand directory; and __fish_seen_subcommand_from import" -l config -d 'Organization settings file [default: the user\'s config folder, lantern/config.toml]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand directory; and __fish_seen_subcommand_from import" -l data-dir -d 'Folder for the outbox, drafts and the device key [default: the user\'s data folder, lantern/]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand directory; and __fish_seen_subcommand_from import" -l lang -d 'Screen language (worker\'s), e.g. es or zh-Hans [default: from LANG/LC_*]' -r
complete -c lantern -n "__fish_lantern_using_subcommand directory; and __fish_seen_subcommand_from import" -l theme -d 'Colour theme: default, high-contrast or monochrome (NO_COLOR forces monochrome)' -r
complete -c lantern -n "__fish_lantern_using_subcommand directory; and __fish_seen_subcommand_from import" -l check -d 'Only check: report problems, install nothing'
complete -c lantern -n "__fish_lantern_using_subcommand directory; and __fish_seen_subcommand_from import" -l json -d 'Print the report as JSON'
complete -c lantern -n "__fish_lantern_using_subcommand directory; and __fish_seen_subcommand_from import" -l accept-partial -d 'Install even when more than a tenth of the package\'s services could not be read'
complete -c lantern -n "__fish_lantern_using_subcommand directory; and __fish_seen_subcommand_from import" -l plain -d 'Plain mode: numbered line-by-line prompts, for screen readers and serial consoles'
complete -c lantern -n "__fish_lantern_using_subcommand directory; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c lantern -n "__fish_lantern_using_subcommand directory; and __fish_seen_subcommand_from stats" -l root -d 'The organization\'s folder: keys/, screening/, locales/, directory/, each optional [default: found from the current folder upward, else the data folder or the executable\'s folder; what it lacks is built in (docs/deployment.md)]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand directory; and __fish_seen_subcommand_from stats" -l config -d 'Organization settings file [default: the user\'s config folder, lantern/config.toml]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand directory; and __fish_seen_subcommand_from stats" -l data-dir -d 'Folder for the outbox, drafts and the device key [default: the user\'s data folder, lantern/]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand directory; and __fish_seen_subcommand_from stats" -l lang -d 'Screen language (worker\'s), e.g. es or zh-Hans [default: from LANG/LC_*]' -r
complete -c lantern -n "__fish_lantern_using_subcommand directory; and __fish_seen_subcommand_from stats" -l theme -d 'Colour theme: default, high-contrast or monochrome (NO_COLOR forces monochrome)' -r
complete -c lantern -n "__fish_lantern_using_subcommand directory; and __fish_seen_subcommand_from stats" -l plain -d 'Plain mode: numbered line-by-line prompts, for screen readers and serial consoles'
complete -c lantern -n "__fish_lantern_using_subcommand directory; and __fish_seen_subcommand_from stats" -s h -l help -d 'Print help'
complete -c lantern -n "__fish_lantern_using_subcommand directory; and __fish_seen_subcommand_from search" -l root -d 'The organization\'s folder: keys/, screening/, locales/, directory/, each optional [default: found from the current folder upward, else the data folder or the executable\'s folder; what it lacks is built in (docs/deployment.md)]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand directory; and __fish_seen_subcommand_from search" -l config -d 'Organization settings file [default: the user\'s config folder, lantern/config.toml]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand directory; and __fish_seen_subcommand_from search" -l data-dir -d 'Folder for the outbox, drafts and the device key [default: the user\'s data folder, lantern/]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand directory; and __fish_seen_subcommand_from search" -l lang -d 'Screen language (worker\'s), e.g. es or zh-Hans [default: from LANG/LC_*]' -r
complete -c lantern -n "__fish_lantern_using_subcommand directory; and __fish_seen_subcommand_from search" -l theme -d 'Colour theme: default, high-contrast or monochrome (NO_COLOR forces monochrome)' -r
complete -c lantern -n "__fish_lantern_using_subcommand directory; and __fish_seen_subcommand_from search" -l plain -d 'Plain mode: numbered line-by-line prompts, for screen readers and serial consoles'
complete -c lantern -n "__fish_lantern_using_subcommand directory; and __fish_seen_subcommand_from search" -s h -l help -d 'Print help'
complete -c lantern -n "__fish_lantern_using_subcommand directory; and __fish_seen_subcommand_from help" -f -a "import" -d 'Check and install an HSDS 3.0 directory: a CSV datapackage folder or a JSON file'
complete -c lantern -n "__fish_lantern_using_subcommand directory; and __fish_seen_subcommand_from help" -f -a "stats" -d 'Counts of the directory in use: services, categories, languages'
complete -c lantern -n "__fish_lantern_using_subcommand directory; and __fish_seen_subcommand_from help" -f -a "search" -d 'Find services by words in their name, organization, description or eligibility'
complete -c lantern -n "__fish_lantern_using_subcommand directory; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lantern -n "__fish_lantern_using_subcommand screen" -l protocol -d 'Protocol id (see `lantern protocols`)' -r
complete -c lantern -n "__fish_lantern_using_subcommand screen" -l interview -d 'Interview language (the person\'s) [default: the protocol\'s default]' -r
complete -c lantern -n "__fish_lantern_using_subcommand screen" -l root -d 'The organization\'s folder: keys/, screening/, locales/, directory/, each optional [default: found from the current folder upward, else the data folder or the executable\'s folder; what it lacks is built in (docs/deployment.md)]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand screen" -l config -d 'Organization settings file [default: the user\'s config folder, lantern/config.toml]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand screen" -l data-dir -d 'Folder for the outbox, drafts and the device key [default: the user\'s data folder, lantern/]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand screen" -l lang -d 'Screen language (worker\'s), e.g. es or zh-Hans [default: from LANG/LC_*]' -r
complete -c lantern -n "__fish_lantern_using_subcommand screen" -l theme -d 'Colour theme: default, high-contrast or monochrome (NO_COLOR forces monochrome)' -r
complete -c lantern -n "__fish_lantern_using_subcommand screen" -l plain -d 'Plain mode: numbered line-by-line prompts, for screen readers and serial consoles'
complete -c lantern -n "__fish_lantern_using_subcommand screen" -s h -l help -d 'Print help'
complete -c lantern -n "__fish_lantern_using_subcommand sync" -l to -d 'Where to: a folder (`/media/usb/lantern`), `s3://BUCKET/PREFIX`, a WebDAV `https://` URL, or a target\'s name from the settings [default: sync.default]' -r
complete -c lantern -n "__fish_lantern_using_subcommand sync" -l root -d 'The organization\'s folder: keys/, screening/, locales/, directory/, each optional [default: found from the current folder upward, else the data folder or the executable\'s folder; what it lacks is built in (docs/deployment.md)]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand sync" -l config -d 'Organization settings file [default: the user\'s config folder, lantern/config.toml]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand sync" -l data-dir -d 'Folder for the outbox, drafts and the device key [default: the user\'s data folder, lantern/]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand sync" -l lang -d 'Screen language (worker\'s), e.g. es or zh-Hans [default: from LANG/LC_*]' -r
complete -c lantern -n "__fish_lantern_using_subcommand sync" -l theme -d 'Colour theme: default, high-contrast or monochrome (NO_COLOR forces monochrome)' -r
complete -c lantern -n "__fish_lantern_using_subcommand sync" -l dry-run -d 'Look at the target and say what would be sent; change nothing'
complete -c lantern -n "__fish_lantern_using_subcommand sync" -l json -d 'Print the summary as JSON (file ids, sizes and outcomes only)'
complete -c lantern -n "__fish_lantern_using_subcommand sync" -l plain -d 'Plain mode: numbered line-by-line prompts, for screen readers and serial consoles'
complete -c lantern -n "__fish_lantern_using_subcommand sync" -s h -l help -d 'Print help'
complete -c lantern -n "__fish_lantern_using_subcommand pull" -l from -d 'Where the records are: a target\'s name from the settings, `s3://BUCKET/PREFIX`, a WebDAV `https://` URL or a folder. Sub-folders (one per laptop) are included' -r
complete -c lantern -n "__fish_lantern_using_subcommand pull" -l to -d 'The folder on this machine to copy them into (created, private, if missing)' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand pull" -l root -d 'The organization\'s folder: keys/, screening/, locales/, directory/, each optional [default: found from the current folder upward, else the data folder or the executable\'s folder; what it lacks is built in (docs/deployment.md)]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand pull" -l config -d 'Organization settings file [default: the user\'s config folder, lantern/config.toml]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand pull" -l data-dir -d 'Folder for the outbox, drafts and the device key [default: the user\'s data folder, lantern/]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand pull" -l lang -d 'Screen language (worker\'s), e.g. es or zh-Hans [default: from LANG/LC_*]' -r
complete -c lantern -n "__fish_lantern_using_subcommand pull" -l theme -d 'Colour theme: default, high-contrast or monochrome (NO_COLOR forces monochrome)' -r
complete -c lantern -n "__fish_lantern_using_subcommand pull" -l dry-run -d 'Say what would be copied; change nothing'
complete -c lantern -n "__fish_lantern_using_subcommand pull" -l json -d 'Print the summary as JSON (file names, sizes and outcomes only)'
complete -c lantern -n "__fish_lantern_using_subcommand pull" -l plain -d 'Plain mode: numbered line-by-line prompts, for screen readers and serial consoles'
complete -c lantern -n "__fish_lantern_using_subcommand pull" -s h -l help -d 'Print help'
complete -c lantern -n "__fish_lantern_using_subcommand practice; and not __fish_seen_subcommand_from list card summary help" -l scenario -d 'Start with this scenario (its id) instead of choosing from the list' -r
complete -c lantern -n "__fish_lantern_using_subcommand practice; and not __fish_seen_subcommand_from list card summary help" -l root -d 'The organization\'s folder: keys/, screening/, locales/, directory/, each optional [default: found from the current folder upward, else the data folder or the executable\'s folder; what it lacks is built in (docs/deployment.md)]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand practice; and not __fish_seen_subcommand_from list card summary help" -l config -d 'Organization settings file [default: the user\'s config folder, lantern/config.toml]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand practice; and not __fish_seen_subcommand_from list card summary help" -l data-dir -d 'Folder for the outbox, drafts and the device key [default: the user\'s data folder, lantern/]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand practice; and not __fish_seen_subcommand_from list card summary help" -l lang -d 'Screen language (worker\'s), e.g. es or zh-Hans [default: from LANG/LC_*]' -r
complete -c lantern -n "__fish_lantern_using_subcommand practice; and not __fish_seen_subcommand_from list card summary help" -l theme -d 'Colour theme: default, high-contrast or monochrome (NO_COLOR forces monochrome)' -r
complete -c lantern -n "__fish_lantern_using_subcommand practice; and not __fish_seen_subcommand_from list card summary help" -l role-play -d 'Role-play: a partner plays the person from the printed card (`practice card ID`); lantern shows no replies'
complete -c lantern -n "__fish_lantern_using_subcommand practice; and not __fish_seen_subcommand_from list card summary help" -l plain -d 'Plain mode: numbered line-by-line prompts, for screen readers and serial consoles'
complete -c lantern -n "__fish_lantern_using_subcommand practice; and not __fish_seen_subcommand_from list card summary help" -s h -l help -d 'Print help'
complete -c lantern -n "__fish_lantern_using_subcommand practice; and not __fish_seen_subcommand_from list card summary help" -f -a "list" -d 'List the scenarios in screening/scenarios/'
complete -c lantern -n "__fish_lantern_using_subcommand practice; and not __fish_seen_subcommand_from list card summary help" -f -a "card" -d 'Print a scenario\'s persona card, for the partner who plays the person in role-play'
complete -c lantern -n "__fish_lantern_using_subcommand practice; and not __fish_seen_subcommand_from list card summary help" -f -a "summary" -d 'Sum up a class\'s kept debriefs (the Markdown files in DIR): scores per scenario and what was missed most'
complete -c lantern -n "__fish_lantern_using_subcommand practice; and not __fish_seen_subcommand_from list card summary help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lantern -n "__fish_lantern_using_subcommand practice; and __fish_seen_subcommand_from list" -l root -d 'The organization\'s folder: keys/, screening/, locales/, directory/, each optional [default: found from the current folder upward, else the data folder or the executable\'s folder; what it lacks is built in (docs/deployment.md)]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand practice; and __fish_seen_subcommand_from list" -l config -d 'Organization settings file [default: the user\'s config folder, lantern/config.toml]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand practice; and __fish_seen_subcommand_from list" -l data-dir -d 'Folder for the outbox, drafts and the device key [default: the user\'s data folder, lantern/]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand practice; and __fish_seen_subcommand_from list" -l lang -d 'Screen language (worker\'s), e.g. es or zh-Hans [default: from LANG/LC_*]' -r
complete -c lantern -n "__fish_lantern_using_subcommand practice; and __fish_seen_subcommand_from list" -l theme -d 'Colour theme: default, high-contrast or monochrome (NO_COLOR forces monochrome)' -r
complete -c lantern -n "__fish_lantern_using_subcommand practice; and __fish_seen_subcommand_from list" -l plain -d 'Plain mode: numbered line-by-line prompts, for screen readers and serial consoles'
complete -c lantern -n "__fish_lantern_using_subcommand practice; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c lantern -n "__fish_lantern_using_subcommand practice; and __fish_seen_subcommand_from card" -l root -d 'The organization\'s folder: keys/, screening/, locales/, directory/, each optional [default: found from the current folder upward, else the data folder or the executable\'s folder; what it lacks is built in (docs/deployment.md)]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand practice; and __fish_seen_subcommand_from card" -l config -d 'Organization settings file [default: the user\'s config folder, lantern/config.toml]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand practice; and __fish_seen_subcommand_from card" -l data-dir -d 'Folder for the outbox, drafts and the device key [default: the user\'s data folder, lantern/]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand practice; and __fish_seen_subcommand_from card" -l lang -d 'Screen language (worker\'s), e.g. es or zh-Hans [default: from LANG/LC_*]' -r
complete -c lantern -n "__fish_lantern_using_subcommand practice; and __fish_seen_subcommand_from card" -l theme -d 'Colour theme: default, high-contrast or monochrome (NO_COLOR forces monochrome)' -r
complete -c lantern -n "__fish_lantern_using_subcommand practice; and __fish_seen_subcommand_from card" -l plain -d 'Plain mode: numbered line-by-line prompts, for screen readers and serial consoles'
complete -c lantern -n "__fish_lantern_using_subcommand practice; and __fish_seen_subcommand_from card" -s h -l help -d 'Print help'
complete -c lantern -n "__fish_lantern_using_subcommand practice; and __fish_seen_subcommand_from summary" -l root -d 'The organization\'s folder: keys/, screening/, locales/, directory/, each optional [default: found from the current folder upward, else the data folder or the executable\'s folder; what it lacks is built in (docs/deployment.md)]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand practice; and __fish_seen_subcommand_from summary" -l config -d 'Organization settings file [default: the user\'s config folder, lantern/config.toml]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand practice; and __fish_seen_subcommand_from summary" -l data-dir -d 'Folder for the outbox, drafts and the device key [default: the user\'s data folder, lantern/]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand practice; and __fish_seen_subcommand_from summary" -l lang -d 'Screen language (worker\'s), e.g. es or zh-Hans [default: from LANG/LC_*]' -r
complete -c lantern -n "__fish_lantern_using_subcommand practice; and __fish_seen_subcommand_from summary" -l theme -d 'Colour theme: default, high-contrast or monochrome (NO_COLOR forces monochrome)' -r
complete -c lantern -n "__fish_lantern_using_subcommand practice; and __fish_seen_subcommand_from summary" -l plain -d 'Plain mode: numbered line-by-line prompts, for screen readers and serial consoles'
complete -c lantern -n "__fish_lantern_using_subcommand practice; and __fish_seen_subcommand_from summary" -s h -l help -d 'Print help'
complete -c lantern -n "__fish_lantern_using_subcommand practice; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the scenarios in screening/scenarios/'
complete -c lantern -n "__fish_lantern_using_subcommand practice; and __fish_seen_subcommand_from help" -f -a "card" -d 'Print a scenario\'s persona card, for the partner who plays the person in role-play'
complete -c lantern -n "__fish_lantern_using_subcommand practice; and __fish_seen_subcommand_from help" -f -a "summary" -d 'Sum up a class\'s kept debriefs (the Markdown files in DIR): scores per scenario and what was missed most'
complete -c lantern -n "__fish_lantern_using_subcommand practice; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lantern -n "__fish_lantern_using_subcommand org; and not __fish_seen_subcommand_from init help" -l root -d 'The organization\'s folder: keys/, screening/, locales/, directory/, each optional [default: found from the current folder upward, else the data folder or the executable\'s folder; what it lacks is built in (docs/deployment.md)]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand org; and not __fish_seen_subcommand_from init help" -l config -d 'Organization settings file [default: the user\'s config folder, lantern/config.toml]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand org; and not __fish_seen_subcommand_from init help" -l data-dir -d 'Folder for the outbox, drafts and the device key [default: the user\'s data folder, lantern/]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand org; and not __fish_seen_subcommand_from init help" -l lang -d 'Screen language (worker\'s), e.g. es or zh-Hans [default: from LANG/LC_*]' -r
complete -c lantern -n "__fish_lantern_using_subcommand org; and not __fish_seen_subcommand_from init help" -l theme -d 'Colour theme: default, high-contrast or monochrome (NO_COLOR forces monochrome)' -r
complete -c lantern -n "__fish_lantern_using_subcommand org; and not __fish_seen_subcommand_from init help" -l plain -d 'Plain mode: numbered line-by-line prompts, for screen readers and serial consoles'
complete -c lantern -n "__fish_lantern_using_subcommand org; and not __fish_seen_subcommand_from init help" -s h -l help -d 'Print help'
complete -c lantern -n "__fish_lantern_using_subcommand org; and not __fish_seen_subcommand_from init help" -f -a "init" -d 'Create an organization\'s folder at DIR: keys/, screening/ (the shipped protocols, to edit), directory/, locales/ and settings.toml, each with a README; never replaces a file'
complete -c lantern -n "__fish_lantern_using_subcommand org; and not __fish_seen_subcommand_from init help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lantern -n "__fish_lantern_using_subcommand org; and __fish_seen_subcommand_from init" -l root -d 'The organization\'s folder: keys/, screening/, locales/, directory/, each optional [default: found from the current folder upward, else the data folder or the executable\'s folder; what it lacks is built in (docs/deployment.md)]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand org; and __fish_seen_subcommand_from init" -l config -d 'Organization settings file [default: the user\'s config folder, lantern/config.toml]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand org; and __fish_seen_subcommand_from init" -l data-dir -d 'Folder for the outbox, drafts and the device key [default: the user\'s data folder, lantern/]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand org; and __fish_seen_subcommand_from init" -l lang -d 'Screen language (worker\'s), e.g. es or zh-Hans [default: from LANG/LC_*]' -r
complete -c lantern -n "__fish_lantern_using_subcommand org; and __fish_seen_subcommand_from init" -l theme -d 'Colour theme: default, high-contrast or monochrome (NO_COLOR forces monochrome)' -r
complete -c lantern -n "__fish_lantern_using_subcommand org; and __fish_seen_subcommand_from init" -l plain -d 'Plain mode: numbered line-by-line prompts, for screen readers and serial consoles'
complete -c lantern -n "__fish_lantern_using_subcommand org; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help'
complete -c lantern -n "__fish_lantern_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "init" -d 'Create an organization\'s folder at DIR: keys/, screening/ (the shipped protocols, to edit), directory/, locales/ and settings.toml, each with a README; never replaces a file'
complete -c lantern -n "__fish_lantern_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lantern -n "__fish_lantern_using_subcommand translate; and not __fish_seen_subcommand_from export import status help" -l root -d 'The organization\'s folder: keys/, screening/, locales/, directory/, each optional [default: found from the current folder upward, else the data folder or the executable\'s folder; what it lacks is built in (docs/deployment.md)]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand translate; and not __fish_seen_subcommand_from export import status help" -l config -d 'Organization settings file [default: the user\'s config folder, lantern/config.toml]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand translate; and not __fish_seen_subcommand_from export import status help" -l data-dir -d 'Folder for the outbox, drafts and the device key [default: the user\'s data folder, lantern/]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand translate; and not __fish_seen_subcommand_from export import status help" -l lang -d 'Screen language (worker\'s), e.g. es or zh-Hans [default: from LANG/LC_*]' -r
complete -c lantern -n "__fish_lantern_using_subcommand translate; and not __fish_seen_subcommand_from export import status help" -l theme -d 'Colour theme: default, high-contrast or monochrome (NO_COLOR forces monochrome)' -r
complete -c lantern -n "__fish_lantern_using_subcommand translate; and not __fish_seen_subcommand_from export import status help" -l plain -d 'Plain mode: numbered line-by-line prompts, for screen readers and serial consoles'
complete -c lantern -n "__fish_lantern_using_subcommand translate; and not __fish_seen_subcommand_from export import status help" -s h -l help -d 'Print help'
complete -c lantern -n "__fish_lantern_using_subcommand translate; and not __fish_seen_subcommand_from export import status help" -f -a "export" -d 'Write a gettext PO file of a protocol\'s texts or of the screens\' messages in a language, with the source text, what each text is for and the current translation'
complete -c lantern -n "__fish_lantern_using_subcommand translate; and not __fish_seen_subcommand_from export import status help" -f -a "import" -d 'Merge translated PO files back into the protocol or the catalog they came from, keeping the file\'s formatting; entries whose source changed are refused'
complete -c lantern -n "__fish_lantern_using_subcommand translate; and not __fish_seen_subcommand_from export import status help" -f -a "status" -d 'Per file and language: translated, stale (source changed since), missing, reviewed'
complete -c lantern -n "__fish_lantern_using_subcommand translate; and not __fish_seen_subcommand_from export import status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lantern -n "__fish_lantern_using_subcommand translate; and __fish_seen_subcommand_from export" -l lang -d 'The language to translate into (e.g. vi, pt-BR, ht)' -r
complete -c lantern -n "__fish_lantern_using_subcommand translate; and __fish_seen_subcommand_from export" -s o -l output -d 'Where to write: a file (`-` for standard output) with a target, else a folder [default: NAME.LANG.po in the current folder]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand translate; and __fish_seen_subcommand_from export" -l root -d 'The organization\'s folder: keys/, screening/, locales/, directory/, each optional [default: found from the current folder upward, else the data folder or the executable\'s folder; what it lacks is built in (docs/deployment.md)]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand translate; and __fish_seen_subcommand_from export" -l config -d 'Organization settings file [default: the user\'s config folder, lantern/config.toml]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand translate; and __fish_seen_subcommand_from export" -l data-dir -d 'Folder for the outbox, drafts and the device key [default: the user\'s data folder, lantern/]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand translate; and __fish_seen_subcommand_from export" -l theme -d 'Colour theme: default, high-contrast or monochrome (NO_COLOR forces monochrome)' -r
complete -c lantern -n "__fish_lantern_using_subcommand translate; and __fish_seen_subcommand_from export" -l plain -d 'Plain mode: numbered line-by-line prompts, for screen readers and serial consoles'
complete -c lantern -n "__fish_lantern_using_subcommand translate; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c lantern -n "__fish_lantern_using_subcommand translate; and __fish_seen_subcommand_from import" -l into -d 'The protocol file to merge into [default: the protocol of that id in screening/]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand translate; and __fish_seen_subcommand_from import" -l root -d 'The organization\'s folder: keys/, screening/, locales/, directory/, each optional [default: found from the current folder upward, else the data folder or the executable\'s folder; what it lacks is built in (docs/deployment.md)]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand translate; and __fish_seen_subcommand_from import" -l config -d 'Organization settings file [default: the user\'s config folder, lantern/config.toml]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand translate; and __fish_seen_subcommand_from import" -l data-dir -d 'Folder for the outbox, drafts and the device key [default: the user\'s data folder, lantern/]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand translate; and __fish_seen_subcommand_from import" -l lang -d 'Screen language (worker\'s), e.g. es or zh-Hans [default: from LANG/LC_*]' -r
complete -c lantern -n "__fish_lantern_using_subcommand translate; and __fish_seen_subcommand_from import" -l theme -d 'Colour theme: default, high-contrast or monochrome (NO_COLOR forces monochrome)' -r
complete -c lantern -n "__fish_lantern_using_subcommand translate; and __fish_seen_subcommand_from import" -l check -d 'Check and report, write nothing'
complete -c lantern -n "__fish_lantern_using_subcommand translate; and __fish_seen_subcommand_from import" -l plain -d 'Plain mode: numbered line-by-line prompts, for screen readers and serial consoles'
complete -c lantern -n "__fish_lantern_using_subcommand translate; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c lantern -n "__fish_lantern_using_subcommand translate; and __fish_seen_subcommand_from status" -l root -d 'The organization\'s folder: keys/, screening/, locales/, directory/, each optional [default: found from the current folder upward, else the data folder or the executable\'s folder; what it lacks is built in (docs/deployment.md)]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand translate; and __fish_seen_subcommand_from status" -l config -d 'Organization settings file [default: the user\'s config folder, lantern/config.toml]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand translate; and __fish_seen_subcommand_from status" -l data-dir -d 'Folder for the outbox, drafts and the device key [default: the user\'s data folder, lantern/]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand translate; and __fish_seen_subcommand_from status" -l lang -d 'Screen language (worker\'s), e.g. es or zh-Hans [default: from LANG/LC_*]' -r
complete -c lantern -n "__fish_lantern_using_subcommand translate; and __fish_seen_subcommand_from status" -l theme -d 'Colour theme: default, high-contrast or monochrome (NO_COLOR forces monochrome)' -r
complete -c lantern -n "__fish_lantern_using_subcommand translate; and __fish_seen_subcommand_from status" -l json -d 'Print as JSON'
complete -c lantern -n "__fish_lantern_using_subcommand translate; and __fish_seen_subcommand_from status" -l plain -d 'Plain mode: numbered line-by-line prompts, for screen readers and serial consoles'
complete -c lantern -n "__fish_lantern_using_subcommand translate; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c lantern -n "__fish_lantern_using_subcommand translate; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write a gettext PO file of a protocol\'s texts or of the screens\' messages in a language, with the source text, what each text is for and the current translation'
complete -c lantern -n "__fish_lantern_using_subcommand translate; and __fish_seen_subcommand_from help" -f -a "import" -d 'Merge translated PO files back into the protocol or the catalog they came from, keeping the file\'s formatting; entries whose source changed are refused'
complete -c lantern -n "__fish_lantern_using_subcommand translate; and __fish_seen_subcommand_from help" -f -a "status" -d 'Per file and language: translated, stale (source changed since), missing, reviewed'
complete -c lantern -n "__fish_lantern_using_subcommand translate; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lantern -n "__fish_lantern_using_subcommand completions" -l root -d 'The organization\'s folder: keys/, screening/, locales/, directory/, each optional [default: found from the current folder upward, else the data folder or the executable\'s folder; what it lacks is built in (docs/deployment.md)]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand completions" -l config -d 'Organization settings file [default: the user\'s config folder, lantern/config.toml]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand completions" -l data-dir -d 'Folder for the outbox, drafts and the device key [default: the user\'s data folder, lantern/]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand completions" -l lang -d 'Screen language (worker\'s), e.g. es or zh-Hans [default: from LANG/LC_*]' -r
complete -c lantern -n "__fish_lantern_using_subcommand completions" -l theme -d 'Colour theme: default, high-contrast or monochrome (NO_COLOR forces monochrome)' -r
complete -c lantern -n "__fish_lantern_using_subcommand completions" -l plain -d 'Plain mode: numbered line-by-line prompts, for screen readers and serial consoles'
complete -c lantern -n "__fish_lantern_using_subcommand completions" -s h -l help -d 'Print help'
complete -c lantern -n "__fish_lantern_using_subcommand man" -l dir -d 'Write a page per command (lantern.1, lantern-sync.1, ...) into DIR instead of printing lantern.1' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand man" -l root -d 'The organization\'s folder: keys/, screening/, locales/, directory/, each optional [default: found from the current folder upward, else the data folder or the executable\'s folder; what it lacks is built in (docs/deployment.md)]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand man" -l config -d 'Organization settings file [default: the user\'s config folder, lantern/config.toml]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand man" -l data-dir -d 'Folder for the outbox, drafts and the device key [default: the user\'s data folder, lantern/]' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand man" -l lang -d 'Screen language (worker\'s), e.g. es or zh-Hans [default: from LANG/LC_*]' -r
complete -c lantern -n "__fish_lantern_using_subcommand man" -l theme -d 'Colour theme: default, high-contrast or monochrome (NO_COLOR forces monochrome)' -r
complete -c lantern -n "__fish_lantern_using_subcommand man" -l plain -d 'Plain mode: numbered line-by-line prompts, for screen readers and serial consoles'
complete -c lantern -n "__fish_lantern_using_subcommand man" -s h -l help -d 'Print help'
complete -c lantern -n "__fish_lantern_using_subcommand help; and not __fish_seen_subcommand_from lint simulate protocols schema config keys outbox open export report directory screen sync pull practice org translate completions man help" -f -a "lint" -d 'Check protocol files and the keys folder: positioned errors with remedies'
complete -c lantern -n "__fish_lantern_using_subcommand help; and not __fish_seen_subcommand_from lint simulate protocols schema config keys outbox open export report directory screen sync pull practice org translate completions man help" -f -a "simulate" -d 'Walk a protocol with scripted answers and print the path and results (writes nothing)'
complete -c lantern -n "__fish_lantern_using_subcommand help; and not __fish_seen_subcommand_from lint simulate protocols schema config keys outbox open export report directory screen sync pull practice org translate completions man help" -f -a "protocols" -d 'List the protocols in screening/ with their languages and provenance'
complete -c lantern -n "__fish_lantern_using_subcommand help; and not __fish_seen_subcommand_from lint simulate protocols schema config keys outbox open export report directory screen sync pull practice org translate completions man help" -f -a "schema" -d 'Print the JSON Schema of the protocol or settings format (for editors)'
complete -c lantern -n "__fish_lantern_using_subcommand help; and not __fish_seen_subcommand_from lint simulate protocols schema config keys outbox open export report directory screen sync pull practice org translate completions man help" -f -a "config" -d 'Show, check or create the organization settings file'
complete -c lantern -n "__fish_lantern_using_subcommand help; and not __fish_seen_subcommand_from lint simulate protocols schema config keys outbox open export report directory screen sync pull practice org translate completions man help" -f -a "keys" -d 'Manage the organization\'s public keys in keys/ (records are encrypted to them)'
complete -c lantern -n "__fish_lantern_using_subcommand help; and not __fish_seen_subcommand_from lint simulate protocols schema config keys outbox open export report directory screen sync pull practice org translate completions man help" -f -a "outbox" -d 'List the encrypted records waiting to be synced, and check each file'
complete -c lantern -n "__fish_lantern_using_subcommand help; and not __fish_seen_subcommand_from lint simulate protocols schema config keys outbox open export report directory screen sync pull practice org translate completions man help" -f -a "open" -d 'Supervisor: decrypt and show one record (needs the organization\'s identity)'
complete -c lantern -n "__fish_lantern_using_subcommand help; and not __fish_seen_subcommand_from lint simulate protocols schema config keys outbox open export report directory screen sync pull practice org translate completions man help" -f -a "export" -d 'Supervisor: export records as CSV or JSON lines for the case-management system'
complete -c lantern -n "__fish_lantern_using_subcommand help; and not __fish_seen_subcommand_from lint simulate protocols schema config keys outbox open export report directory screen sync pull practice org translate completions man help" -f -a "report" -d 'Supervisor: aggregate, non-identifying counts for funder reporting'
complete -c lantern -n "__fish_lantern_using_subcommand help; and not __fish_seen_subcommand_from lint simulate protocols schema config keys outbox open export report directory screen sync pull practice org translate completions man help" -f -a "directory" -d 'The referral directory (HSDS 3.0): import, stats, search'
complete -c lantern -n "__fish_lantern_using_subcommand help; and not __fish_seen_subcommand_from lint simulate protocols schema config keys outbox open export report directory screen sync pull practice org translate completions man help" -f -a "screen" -d 'Start a screening straight away (hotline): `lantern screen --protocol hotline-brief --lang es`'
complete -c lantern -n "__fish_lantern_using_subcommand help; and not __fish_seen_subcommand_from lint simulate protocols schema config keys outbox open export report directory screen sync pull practice org translate completions man help" -f -a "sync" -d 'Carry the encrypted outbox to a folder, an S3-compatible bucket or a WebDAV share'
complete -c lantern -n "__fish_lantern_using_subcommand help; and not __fish_seen_subcommand_from lint simulate protocols schema config keys outbox open export report directory screen sync pull practice org translate completions man help" -f -a "pull" -d 'Supervisor: copy new records from a folder, bucket or share to this machine, verified'
complete -c lantern -n "__fish_lantern_using_subcommand help; and not __fish_seen_subcommand_from lint simulate protocols schema config keys outbox open export report directory screen sync pull practice org translate completions man help" -f -a "practice" -d 'Rehearse a screening with a fictional person and get a debrief (no keys, nothing saved)'
complete -c lantern -n "__fish_lantern_using_subcommand help; and not __fish_seen_subcommand_from lint simulate protocols schema config keys outbox open export report directory screen sync pull practice org translate completions man help" -f -a "org" -d 'Start an organization\'s folder: keys, protocols, directory and settings to deploy'
complete -c lantern -n "__fish_lantern_using_subcommand help; and not __fish_seen_subcommand_from lint simulate protocols schema config keys outbox open export report directory screen sync pull practice org translate completions man help" -f -a "translate" -d 'Translator round trip: export texts to gettext PO files, import them back, status'
complete -c lantern -n "__fish_lantern_using_subcommand help; and not __fish_seen_subcommand_from lint simulate protocols schema config keys outbox open export report directory screen sync pull practice org translate completions man help" -f -a "completions" -d 'Print shell completions: `lantern completions bash > /etc/bash_completion.d/lantern`'
complete -c lantern -n "__fish_lantern_using_subcommand help; and not __fish_seen_subcommand_from lint simulate protocols schema config keys outbox open export report directory screen sync pull practice org translate completions man help" -f -a "man" -d 'Print the manual page (roff): `lantern man | man -l -`'
complete -c lantern -n "__fish_lantern_using_subcommand help; and not __fish_seen_subcommand_from lint simulate protocols schema config keys outbox open export report directory screen sync pull practice org translate completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lantern -n "__fish_lantern_using_subcommand help; and __fish_seen_subcommand_from protocols" -f -a "diff" -d 'What changed between two versions of a protocol, and which answers a draft carried over to the new one would leave behind (e.g. `git show v1:screening/youth.toml > old.toml`, then `lantern protocols diff old.toml screening/youth.toml`)'
complete -c lantern -n "__fish_lantern_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "path" -d 'Print where lantern looks for the settings file'
complete -c lantern -n "__fish_lantern_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "check" -d 'Check the settings file and summarize what is in force'
complete -c lantern -n "__fish_lantern_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "init" -d 'Write the example settings to the settings path (or --config) to start editing'
complete -c lantern -n "__fish_lantern_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "init" -d 'Supervisor\'s one-time setup: create the organization identity (private key) at PATH, outside keys/, and add its public key to keys/'
complete -c lantern -n "__fish_lantern_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "add" -d 'Add a public key (age1... or an ssh-ed25519/ssh-rsa public key) to keys/'
complete -c lantern -n "__fish_lantern_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "list" -d 'List the recipients every record is encrypted to'
complete -c lantern -n "__fish_lantern_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "check" -d 'Look for private keys where they must not be (keys/, lantern\'s data and settings)'
complete -c lantern -n "__fish_lantern_using_subcommand help; and __fish_seen_subcommand_from directory" -f -a "import" -d 'Check and install an HSDS 3.0 directory: a CSV datapackage folder or a JSON file'
complete -c lantern -n "__fish_lantern_using_subcommand help; and __fish_seen_subcommand_from directory" -f -a "stats" -d 'Counts of the directory in use: services, categories, languages'
complete -c lantern -n "__fish_lantern_using_subcommand help; and __fish_seen_subcommand_from directory" -f -a "search" -d 'Find services by words in their name, organization, description or eligibility'
complete -c lantern -n "__fish_lantern_using_subcommand help; and __fish_seen_subcommand_from practice" -f -a "list" -d 'List the scenarios in screening/scenarios/'
complete -c lantern -n "__fish_lantern_using_subcommand help; and __fish_seen_subcommand_from practice" -f -a "card" -d 'Print a scenario\'s persona card, for the partner who plays the person in role-play'
complete -c lantern -n "__fish_lantern_using_subcommand help; and __fish_seen_subcommand_from practice" -f -a "summary" -d 'Sum up a class\'s kept debriefs (the Markdown files in DIR): scores per scenario and what was missed most'
complete -c lantern -n "__fish_lantern_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "init" -d 'Create an organization\'s folder at DIR: keys/, screening/ (the shipped protocols, to edit), directory/, locales/ and settings.toml, each with a README; never replaces a file'
complete -c lantern -n "__fish_lantern_using_subcommand help; and __fish_seen_subcommand_from translate" -f -a "export" -d 'Write a gettext PO file of a protocol\'s texts or of the screens\' messages in a language, with the source text, what each text is for and the current translation'
complete -c lantern -n "__fish_lantern_using_subcommand help; and __fish_seen_subcommand_from translate" -f -a "import" -d 'Merge translated PO files back into the protocol or the catalog they came from, keeping the file\'s formatting; entries whose source changed are refused'
complete -c lantern -n "__fish_lantern_using_subcommand help; and __fish_seen_subcommand_from translate" -f -a "status" -d 'Per file and language: translated, stale (source changed since), missing, reviewed'
