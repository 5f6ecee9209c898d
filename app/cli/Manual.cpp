#include "Manual.h"

#include "CliSupport.h"
#include "Command.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace corroborate::cli {
namespace {

struct Option
{
    QString names;       // "--as-of <YYYY-MM-DD>"
    QString description; // one paragraph
};

struct CommandHelp
{
    const CommandSpec* spec = nullptr;
    QString description; // the long description from --help
    QList<Option> options;
};

// The command's own --help text, split into its description and options. The manual is written
// in English (the build runs under LC_ALL=C.UTF-8), like the program's source strings.
CommandHelp helpOf(const CommandSpec& spec)
{
    CommandHelp help;
    help.spec = &spec;
    QString text;
    QTextStream capture(&text);
    Cli::redirectOutput(&capture);
    try {
        spec.run({QStringLiteral("--help")});
    } catch (...) {
        text.clear(); // a command without --help: the registry's sentence stands alone
    }
    capture.flush();
    Cli::redirectOutput(nullptr);

    const QStringList lines = text.split(QLatin1Char('\n'));
    // Usage line, blank, description paragraph(s), blank, "Options:", option lines, blank, note.
    enum class Part
    {
        Usage,
        Description,
        Options,
        Rest
    } part = Part::Usage;
    QStringList description;
    static const QRegularExpression optionLine(QStringLiteral("^  (-\\S.*?)(?:\\s{2,}(.*))?$"));
    for (const QString& line : lines) {
        if (part == Part::Usage) {
            if (line.trimmed().isEmpty())
                part = Part::Description;
            continue;
        }
        if (line.trimmed() == u"Options:") {
            part = Part::Options;
            continue;
        }
        if (part == Part::Description) {
            description << line;
        } else if (part == Part::Options) {
            if (line.trimmed().isEmpty()) {
                if (!help.options.isEmpty())
                    part = Part::Rest;
                continue;
            }
            const QRegularExpressionMatch m = optionLine.match(line);
            if (m.hasMatch()) {
                help.options.append({m.captured(1).trimmed(), m.captured(2).trimmed()});
            } else if (!help.options.isEmpty()) {
                Option& last = help.options.last();
                last.description = (last.description + QLatin1Char(' ') + line.trimmed()).trimmed();
            }
        }
    }
    help.description = description.join(QLatin1Char(' ')).simplified();
    if (help.description.isEmpty())
        help.description = spec.description;
    return help;
}

QList<CommandHelp> allHelp()
{
    QList<const CommandSpec*> specs;
    for (const CommandSpec& c : CommandRegistry::all())
        specs << &c;
    std::sort(specs.begin(), specs.end(),
              [](const CommandSpec* a, const CommandSpec* b) { return a->name < b->name; });
    QList<CommandHelp> result;
    for (const CommandSpec* spec : specs)
        result << helpOf(*spec);
    return result;
}

// Text for roff: backslashes doubled, lines never start with a control character, dashes
// written as \- so that they can be searched for and copied.
QString roff(const QString& text)
{
    QString s = text;
    s.replace(QLatin1Char('\\'), QStringLiteral("\\e"));
    s.replace(QLatin1Char('-'), QStringLiteral("\\-"));
    if (s.startsWith(QLatin1Char('.')) || s.startsWith(QLatin1Char('\'')))
        s.prepend(QStringLiteral("\\&"));
    return s;
}

struct Variable
{
    const char* name;
    const char* description;
};

// Every variable the commands read. A variable a command names in its --help but missing here
// is still listed (see below), so a new one is never left out.
constexpr Variable kVariables[] = {
    {"CORROBORATE_PASSPHRASE", "The case file's passphrase."},
    {"CORROBORATE_USER", "The user name of the person acting."},
    {"CORROBORATE_PASSWORD", "That person's password."},
    {"CORROBORATE_NEW_PASSWORD", "The new user's password, for user add."},
    {"CORROBORATE_NEW_PASSPHRASE", "The new passphrase, for rekey."},
    {"QT_QPA_PLATFORM", "Commands that render (pack) use the offscreen platform unless this is "
                        "set; no display is needed."},
};

struct ExitCode
{
    int code;
    const char* meaning;
};

constexpr ExitCode kExitCodes[] = {
    {0, "Success."},
    {1, "Usage: unknown command, missing or wrong arguments."},
    {2, "Invalid input data."},
    {3, "Authentication failed or not permitted: wrong passphrase, wrong user name or password, "
        "missing role."},
    {4, "Not a case file, damaged, or from an unsupported version."},
    {5, "Verification failed."},
    {6, "Conflict: the file is in use, the output already exists, or it was edited by someone "
        "else."},
    {70, "An internal or system failure (for example a full disk)."},
};

} // namespace

void writeManualPage(QTextStream& out)
{
    const QList<CommandHelp> commands = allHelp();
    out << ".\\\" Written by corroborate-cli --man from its command registry; do not edit.\n"
        << ".TH CORROBORATE\\-CLI 1 \"\" \"corroborate "
        << roff(QStringLiteral(CORROBORATE_VERSION)) << "\" \"User Commands\"\n"
        << ".ad l\n.nh\n" // a reference: left-aligned, no words broken
        << ".SH NAME\n"
        << "corroborate\\-cli \\- work on encrypted Corroborate case files from the command line\n"
        << ".SH SYNOPSIS\n"
        << ".B corroborate\\-cli\n.I COMMAND\n.RI [ ARGUMENTS ]\n.br\n"
        << ".B corroborate\\-cli\n.I COMMAND\n.B \\-\\-help\n.br\n"
        << ".B corroborate\\-cli\n.RB [ \\-\\-help | \\-\\-version ]\n"
        << ".SH DESCRIPTION\n"
        << "corroborate\\-cli works on the same encrypted SQLCipher case files as the desktop "
           "application\n.BR corroborate (1).\n"
        << "Messages go to standard error, data to standard output.\n"
        << "Supervisors may do everything officers do.\n"
        << ".PP\nSecrets never go on the command line: each is read from the environment or, "
           "when it is unset and the command runs at a terminal, from a prompt that does not "
           "echo (see\n.BR ENVIRONMENT ).\n"
        << ".SH COMMANDS\n";
    QSet<QString> mentioned;
    static const QRegularExpression variable(QStringLiteral("\\bCORROBORATE_[A-Z_]+\\b"));
    for (const CommandHelp& c : commands) {
        out << ".SS \"" << roff(c.spec->name) << "\"\n"
            << ".B corroborate\\-cli " << roff(c.spec->synopsis) << "\n.PP\n"
            << roff(c.description) << "\n";
        for (auto it = variable.globalMatch(c.description); it.hasNext();)
            mentioned.insert(it.next().captured());
        for (const Option& o : c.options) {
            out << ".TP\n.B " << roff(o.names) << "\n" << roff(o.description) << "\n";
            for (auto it = variable.globalMatch(o.description); it.hasNext();)
                mentioned.insert(it.next().captured());
        }
    }
    out << ".SH ENVIRONMENT\n";
    for (const Variable& v : kVariables) {
        mentioned.remove(QLatin1String(v.name));
        out << ".TP\n.B " << roff(QLatin1String(v.name)) << "\n"
            << roff(QLatin1String(v.description)) << "\n";
    }
    QStringList others(mentioned.begin(), mentioned.end());
    others.sort();
    for (const QString& name : others)
        out << ".TP\n.B " << roff(name) << "\n"
            << "Read by the commands whose description above names it.\n";
    out << ".SH \"EXIT STATUS\"\n";
    for (const ExitCode& e : kExitCodes)
        out << ".TP\n.B " << e.code << "\n" << roff(QLatin1String(e.meaning)) << "\n";
    out << ".SH FILES\n"
        << ".TP\n.I *.corroborate\n"
        << "A case file: one SQLCipher 4 database, encrypted with its passphrase.\n"
        << ".SH EXAMPLES\n"
        << ".nf\n"
        << "CORROBORATE_PASSPHRASE='a long passphrase' CORROBORATE_USER=admin "
           "CORROBORATE_PASSWORD='\\&...' \\e\n"
        << "  corroborate\\-cli demo demo.corroborate \\-\\-nominals 200\n"
        << "corroborate\\-cli evaluate demo.corroborate\n"
        << ".fi\n"
        << ".SH \"SEE ALSO\"\n"
        << ".BR corroborate (1),\n.BR sqlcipher (1).\n"
        << "The user guide: /usr/share/doc/corroborate/guide/index.html\n";
    out.flush();
}

void writeBashCompletion(QTextStream& out)
{
    const QList<CommandHelp> commands = allHelp();
    QStringList first;
    QMap<QString, QStringList> second; // "user" -> add, list, disable
    for (const CommandHelp& c : commands) {
        const QStringList words = c.spec->name.split(QLatin1Char(' '));
        if (!first.contains(words.first()))
            first << words.first();
        if (words.size() > 1)
            second[words.first()] << words.at(1);
    }
    static const QRegularExpression longOption(QStringLiteral("--[A-Za-z0-9-]+"));
    out << "# bash completion for corroborate-cli. Written by corroborate-cli --completion from\n"
        << "# its command registry; do not edit.\n"
        << "_corroborate_cli()\n{\n"
        << "    local cur=\"${COMP_WORDS[COMP_CWORD]}\"\n"
        << "    local w1=\"${COMP_WORDS[1]:-}\" w2=\"${COMP_WORDS[2]:-}\"\n"
        << "    if [ \"$COMP_CWORD\" -eq 1 ]; then\n"
        << "        mapfile -t COMPREPLY < <(compgen -W \"" << first.join(QLatin1Char(' '))
        << " --help --version\" -- \"$cur\")\n"
        << "        return\n    fi\n"
        << "    if [ \"$COMP_CWORD\" -eq 2 ]; then\n        case \"$w1\" in\n";
    for (auto it = second.cbegin(); it != second.cend(); ++it)
        out << "        " << it.key() << ")\n"
            << "            mapfile -t COMPREPLY < <(compgen -W \"" << it.value().join(u' ')
            << "\" -- \"$cur\")\n            return\n            ;;\n";
    out << "        esac\n    fi\n"
        << "    local opts=\"\"\n"
        << "    case \"$w1 $w2\" in\n";
    // Two-word commands first, so that "user add" wins over a one-word "user".
    QList<const CommandHelp*> ordered;
    for (const CommandHelp& c : commands)
        ordered << &c;
    std::stable_sort(
        ordered.begin(), ordered.end(), [](const CommandHelp* a, const CommandHelp* b) {
            return a->spec->name.count(QLatin1Char(' ')) > b->spec->name.count(QLatin1Char(' '));
        });
    for (const CommandHelp* c : ordered) {
        QStringList options;
        for (const Option& o : c->options)
            for (auto m = longOption.globalMatch(o.names); m.hasNext();)
                options << m.next().captured();
        const bool twoWords = c->spec->name.contains(QLatin1Char(' '));
        out << "        \"" << c->spec->name << (twoWords ? "\"" : " \"*") << ") opts=\""
            << options.join(QLatin1Char(' ')) << "\" ;;\n";
    }
    out << "    esac\n"
        << "    if [[ \"$cur\" == -* ]]; then\n"
        << "        mapfile -t COMPREPLY < <(compgen -W \"$opts\" -- \"$cur\")\n"
        << "    else\n"
        << "        compopt -o filenames 2>/dev/null\n"
        << "        mapfile -t COMPREPLY < <(compgen -f -- \"$cur\")\n"
        << "    fi\n"
        << "}\n"
        << "complete -F _corroborate_cli corroborate-cli\n";
    out.flush();
}

} // namespace corroborate::cli
