// SPDX-License-Identifier: GPL-3.0-or-later
#include "completion.h"

#include <map>

namespace dl::cli {

namespace {

// How a value is completed: a word list ("zh_CN en"), or @ and a kind the script knows
// (@yaml, @dlb, @pdf, @xlsx, @file, @dir), or "" for free text.
std::string completionOf(const std::string &value)
{
    if (value.find(".yaml") != std::string::npos)
        return "@yaml";
    if (value.find(".dlb") != std::string::npos)
        return "@dlb";
    if (value.find(".pdf") != std::string::npos)
        return "@pdf";
    if (value == "PATH" || value == "FILE" || value == "OUT")
        return "@file";
    if (value == "DIR")
        return "@dir";
    if (value.find('|') != std::string::npos &&
        value.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ[") == std::string::npos) {
        std::string words = value;
        for (char &c : words)
            if (c == '|')
                c = ' ';
        return words;
    }
    return "";
}

// The arguments of a verb as --help shows them: the kind of file they name, else "".
std::string argumentCompletion(const std::string &synopsis)
{
    for (const char *kind : {".yaml", ".dlb", ".pdf"})
        if (synopsis.find(kind) != std::string::npos)
            return completionOf(kind);
    return "";
}

std::string quoted(const std::string &s)
{
    std::string out = "'";
    for (char c : s)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

// The part of the script that does not depend on the verbs.
constexpr const char *kFunction = R"BASH(
_digilevel_cli_value()
{
    case $1 in
    @yaml) _filedir '@(yaml|yml)' ;;
    @dlb) _filedir dlb ;;
    @pdf) _filedir pdf ;;
    @file) _filedir ;;
    @dir) _filedir -d ;;
    '') ;;
    *) COMPREPLY=($(compgen -W "$1" -- "$cur")) ;;
    esac
}

_digilevel_cli()
{
    local cur prev words cword
    _init_completion || return

    # The words typed so far that are not options or option values.
    local -a plain=()
    local i skip=0
    for ((i = 1; i < cword; i++)); do
        if ((skip)); then
            skip=0
        elif [[ ${words[i]} == -* ]]; then
            [[ ${words[i]} != *=* && -n ${_digilevel_cli_takes_value[${words[i]}]+x} ]] && skip=1
        else
            plain+=("${words[i]}")
        fi
    done

    # The longest verb whose words start the typed ones; the words that may come next.
    local verb="" v next=""
    local -a vw
    for v in "${_digilevel_cli_verbs[@]}"; do
        read -ra vw <<<"$v"
        local match=1
        for ((i = 0; i < ${#vw[@]} && i < ${#plain[@]}; i++)); do
            [[ ${vw[i]} == "${plain[i]}" ]] || match=0
        done
        ((match)) || continue
        if ((${#vw[@]} <= ${#plain[@]})); then
            local -a cw
            read -ra cw <<<"$verb"
            ((${#vw[@]} > ${#cw[@]})) && verb=$v
        else
            next+=" ${vw[${#plain[@]}]}"
        fi
    done

    if [[ $cur == -* ]]; then
        if [[ -z $verb ]]; then
            COMPREPLY=($(compgen -W "--help --version --lang" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "${_digilevel_cli_options[$verb]} --lang --help" -- "$cur"))
        fi
        return
    fi
    if [[ $prev == -* && -n ${_digilevel_cli_takes_value[$prev]+x} ]]; then
        if [[ $prev == --lang ]]; then
            _digilevel_cli_value "zh_CN en"
        elif [[ -n ${_digilevel_cli_values["$verb $prev"]+x} ]]; then
            _digilevel_cli_value "${_digilevel_cli_values["$verb $prev"]}"
        else
            _digilevel_cli_value "${_digilevel_cli_takes_value[$prev]}"
        fi
        return
    fi
    if [[ -n $next ]]; then
        COMPREPLY=($(compgen -W "$(printf '%s\n' $next | sort -u)" -- "$cur"))
        ((${#COMPREPLY[@]})) && return
    fi
    [[ -n $verb ]] && _digilevel_cli_value "${_digilevel_cli_arguments[$verb]}"
} &&
    complete -F _digilevel_cli digilevel-cli
)BASH";

} // namespace

std::string bashCompletion(const std::vector<Verb> &verbs)
{
    std::string out = "# SPDX-License-Identifier: GPL-3.0-or-later\n"
                      "# bash completion for digilevel-cli, made by `digilevel-cli completion "
                      "bash` from the program's own table of commands: do not edit.\n\n"
                      "_digilevel_cli_verbs=(";
    for (const Verb &v : verbs)
        out += "\n    " + quoted(v.spec.name);
    out += "\n)\ndeclare -gA _digilevel_cli_options=(";
    for (const Verb &v : verbs) {
        std::string options;
        for (const OptionSpec &o : v.spec.options)
            options += (options.empty() ? "" : " ") + std::string(o.name);
        out += "\n    [" + quoted(v.spec.name) + "]=" + quoted(options);
    }
    out += "\n)\ndeclare -gA _digilevel_cli_arguments=(";
    for (const Verb &v : verbs)
        out += "\n    [" + quoted(v.spec.name) + "]=" + quoted(argumentCompletion(v.spec.synopsis));
    // Each option that takes a value, with the completion of the first verb that declares it;
    // a verb whose option of that name takes another kind of value has its own entry.
    out += "\n)\ndeclare -gA _digilevel_cli_takes_value=(\n    ['--lang']='zh_CN en'";
    std::map<std::string, std::string> first;
    std::string perVerb;
    for (const Verb &v : verbs)
        for (const OptionSpec &o : v.spec.options) {
            if (!o.value)
                continue;
            const std::string kind = completionOf(o.value);
            const auto [it, added] = first.emplace(o.name, kind);
            if (added)
                out += "\n    [" + quoted(o.name) + "]=" + quoted(kind);
            else if (it->second != kind)
                perVerb += "\n    [" + quoted(std::string(v.spec.name) + " " + o.name) +
                           "]=" + quoted(kind);
        }
    out += "\n)\ndeclare -gA _digilevel_cli_values=(" + perVerb + "\n)\n";
    return out + kFunction;
}

std::string verbList(const std::vector<Verb> &verbs)
{
    std::string out;
    for (const Verb &v : verbs) {
        out += v.spec.name;
        out += '\t';
        std::string options;
        for (const OptionSpec &o : v.spec.options)
            options += (options.empty() ? "" : " ") + std::string(o.name);
        out += options + '\n';
    }
    return out;
}

} // namespace dl::cli
