// The shape of the house (docs/architecture.md), checked on the source tree: SQL text and the
// sqlite3 API only in app/store; ui/ never includes a store header; the store includes only
// core/ and store/; no source file in app/ or ui/ over 600 lines and MainWindow.cpp under
// 400; no registration by static initialiser (explicit lists instead, docs/decisions.md).
// The scanner is a function over a folder, so that it is also run on a planted tree where
// every rule must fire: a check that cannot fail is a defect.
#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace corroborate::test;

namespace {

constexpr int kMaxLines = 600;
constexpr int kMaxMainWindowLines = 399;

struct Violation
{
    QString rule;
    QString file; // relative to the scanned root
    int line = 0;
    QString detail;

    QString toString() const
    {
        return QStringLiteral("%1:%2: [%3] %4").arg(file).arg(line).arg(rule, detail);
    }
};

struct Literal
{
    int line = 0;
    QString text;
};

// A C++ file split into its string literals and its code with comments and literals blanked
// (newlines kept, so that line numbers hold).
struct Lexed
{
    QList<Literal> literals;
    QStringList codeLines;
};

bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

Lexed lex(const QString& text)
{
    enum class State
    {
        Code,
        LineComment,
        BlockComment,
        String,
        Char,
        Raw
    };
    State state = State::Code;
    Lexed out;
    QString code;
    code.reserve(text.size());
    QString literal;
    QString rawEnd; // )delimiter" of the raw string being read
    int line = 1;
    int literalLine = 1;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < n ? text.at(i + 1) : QChar();
        if (c == QLatin1Char('\n'))
            ++line;
        switch (state) {
        case State::Code:
            if (c == QLatin1Char('/') && next == QLatin1Char('/')) {
                state = State::LineComment;
                code += QLatin1Char(' ');
            } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
                state = State::BlockComment;
                code += QLatin1String("  ");
                ++i;
            } else if (c == QLatin1Char('R') && next == QLatin1Char('"') &&
                       (i == 0 || !isIdentifierChar(text.at(i - 1)) ||
                        QStringLiteral("8uUL").contains(text.at(i - 1)))) {
                const qsizetype open = text.indexOf(QLatin1Char('('), i + 2);
                if (open < 0) {
                    code += c;
                    break;
                }
                rawEnd = QLatin1Char(')') + text.mid(i + 2, open - i - 2) + QLatin1Char('"');
                state = State::Raw;
                literal.clear();
                literalLine = line;
                code += QLatin1Char(' ');
                i = open;
            } else if (c == QLatin1Char('"')) {
                state = State::String;
                literal.clear();
                literalLine = line;
                code += QLatin1Char(' ');
            } else if (c == QLatin1Char('\'') && !(i > 0 && text.at(i - 1).isLetterOrNumber())) {
                state = State::Char; // 1'000 is a digit separator, not a character
                code += QLatin1Char(' ');
            } else {
                code += c;
            }
            break;
        case State::LineComment:
            if (c == QLatin1Char('\n')) {
                state = State::Code;
                code += c;
            }
            break;
        case State::BlockComment:
            if (c == QLatin1Char('*') && next == QLatin1Char('/')) {
                state = State::Code;
                ++i;
            } else if (c == QLatin1Char('\n')) {
                code += c;
            }
            break;
        case State::String:
        case State::Char:
            if (c == QLatin1Char('\\') && i + 1 < n) {
                if (state == State::String) {
                    literal += c;
                    literal += next;
                }
                if (next == QLatin1Char('\n')) {
                    ++line;
                    code += next;
                }
                ++i;
            } else if ((state == State::String && c == QLatin1Char('"')) ||
                       (state == State::Char && c == QLatin1Char('\''))) {
                if (state == State::String)
                    out.literals << Literal{literalLine, literal};
                state = State::Code;
            } else if (c == QLatin1Char('\n')) {
                state = State::Code; // an unterminated literal ends with its line
                code += c;
            } else if (state == State::String) {
                literal += c;
            }
            break;
        case State::Raw:
            if (text.mid(i, rawEnd.size()) == rawEnd) {
                out.literals << Literal{literalLine, literal};
                state = State::Code;
                i += rawEnd.size() - 1;
            } else {
                literal += c;
                if (c == QLatin1Char('\n'))
                    code += c;
            }
            break;
        }
    }
    out.codeLines = code.split(QLatin1Char('\n'));
    return out;
}

// SQL as this code base writes it: upper-case keywords, lower-case names. A literal is SQL
// when it starts with a statement keyword, or holds a clause keyword followed by a name or a
// parameter (the continuation of a statement split over several literals).
bool looksLikeSql(const QString& literal)
{
    static const QRegularExpression statement(QStringLiteral(
        R"(^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|PRAGMA|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|)"
        R"(RELEASE|ALTER|DROP|WITH|REPLACE|VACUUM|ANALYZE|ATTACH|DETACH|REINDEX|EXPLAIN)"
        R"()(\s|;|$))"));
    static const QRegularExpression clause(QStringLiteral(
        R"((^|\s)(FROM|WHERE|ORDER BY|GROUP BY|JOIN|VALUES|LIMIT|INSERT INTO|ON CONFLICT|)"
        R"(SET|AND|OR)\s+[a-z_?:(][a-z_0-9.]*(\s|=|,|\)|$))"));
    return statement.match(literal).hasMatch() || clause.match(literal).hasMatch();
}

int lineCount(const QString& text)
{
    return static_cast<int>(text.count(QLatin1Char('\n'))); // as wc -l counts
}

// Every violation of the rules under `root` (a tree with app/ and ui/).
QList<Violation> scan(const QString& root)
{
    QList<Violation> found;
    const QDir rootDir(root);
    static const QRegularExpression include(
        QStringLiteral(R"(^\s*#\s*include\s*(["<])([^">]+)[">])"));
    static const QRegularExpression sqliteApi(QStringLiteral(R"(\bsqlite3(_\w+|\b))"));
    static const QRegularExpression registration(
        QStringLiteral(R"(\b(CORROBORATE_WINDOW_EXTENSION|CommandRegistration)\b)"));
    // A namespace-scope variable whose initialiser runs a lambda (e.g. to call addCheck).
    static const QRegularExpression initialiserLambda(QStringLiteral(
        R"(^(\[\[maybe_unused\]\]\s*)?(static\s+)?(const\s+)?(bool|int|auto)\s+\w+\s*=\s*\[)"));

    QStringList files;
    for (const QString& top : {QStringLiteral("app"), QStringLiteral("ui")}) {
        QDirIterator it(rootDir.filePath(top), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << rootDir.relativeFilePath(it.next());
    }
    files.sort();

    for (const QString& rel : std::as_const(files)) {
        QFile f(rootDir.filePath(rel));
        if (!f.open(QIODevice::ReadOnly)) {
            found << Violation{QStringLiteral("unreadable"), rel, 0, f.errorString()};
            continue;
        }
        const QString text = QString::fromUtf8(f.readAll());
        const bool inStore = rel.startsWith(QLatin1String("app/store/"));
        const bool inUi = rel.startsWith(QLatin1String("ui/"));
        const auto add = [&](const char* rule, int line, const QString& detail) {
            found << Violation{QString::fromLatin1(rule), rel, line, detail.trimmed().left(100)};
        };

        const int lines = lineCount(text);
        if (lines > kMaxLines)
            add("too-long", 0, QStringLiteral("%1 lines (at most %2)").arg(lines).arg(kMaxLines));
        if (rel == QLatin1String("ui/main/MainWindow.cpp") && lines > kMaxMainWindowLines)
            add("main-window-too-long", 0,
                QStringLiteral("%1 lines (under %2)").arg(lines).arg(kMaxMainWindowLines + 1));

        const QStringList raw = text.split(QLatin1Char('\n'));
        for (int i = 0; i < raw.size(); ++i) {
            const auto m = include.match(raw.at(i));
            if (!m.hasMatch())
                continue;
            const QString path = m.captured(2);
            if (!inStore && path.contains(QLatin1String("sqlite3.h")))
                add("sqlite-outside-store", i + 1, raw.at(i));
            if (m.captured(1) != QLatin1String("\"") || !path.contains(QLatin1Char('/')))
                continue;
            const QString folder = path.section(QLatin1Char('/'), 0, 0);
            if (inUi && folder == QLatin1String("store"))
                add("ui-includes-store", i + 1, raw.at(i));
            if (inStore && folder != QLatin1String("store") && folder != QLatin1String("core"))
                add("store-includes-feature", i + 1, raw.at(i));
        }

        const Lexed lexed = lex(text);
        if (!inStore) {
            for (const Literal& l : lexed.literals) {
                if (looksLikeSql(l.text))
                    add("sql-outside-store", l.line, QLatin1Char('"') + l.text + QLatin1Char('"'));
            }
        }
        for (int i = 0; i < lexed.codeLines.size(); ++i) {
            const QString& code = lexed.codeLines.at(i);
            if (!inStore && !include.match(code).hasMatch()) {
                const auto m = sqliteApi.match(code);
                if (m.hasMatch())
                    add("sqlite-outside-store", i + 1, m.captured(0));
            }
            if (registration.match(code).hasMatch() || initialiserLambda.match(code).hasMatch())
                add("static-registration", i + 1, raw.value(i));
        }
    }
    return found;
}

QString describe(const QList<Violation>& violations)
{
    QStringList lines;
    for (const Violation& v : violations)
        lines << v.toString();
    return lines.join(QLatin1Char('\n'));
}

bool write(const QDir& root, const QString& rel, const QString& text)
{
    if (!root.mkpath(QFileInfo(root.filePath(rel)).path()))
        return false;
    QFile f(root.filePath(rel));
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text.toUtf8()) >= 0;
}

QString lines(int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text += QStringLiteral("int x%1 = %1;\n").arg(i);
    return text;
}

bool has(const QList<Violation>& found, const QString& rule, const QString& file, int line)
{
    return std::any_of(found.cbegin(), found.cend(), [&](const Violation& v) {
        return v.rule == rule && v.file == file && v.line == line;
    });
}

} // namespace

class TestArchitecture : public QObject
{
    Q_OBJECT

private slots:
    // Things that are allowed must not be reported.
    void cleanTreeHasNoViolations()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QDir root(dir.path());
        QVERIFY(write(root, QStringLiteral("app/store/Repo.cpp"),
                      QStringLiteral("#include \"core/Nominal.h\"\n#include \"store/Database.h\"\n"
                                     "#include <sqlite3.h>\n"
                                     "const char* q = \"SELECT id FROM users WHERE name = ?1\";\n"
                                     "int r = sqlite3_step(s);\n")));
        QVERIFY(write(root, QStringLiteral("ui/main/MainWindow.cpp"),
                      QStringLiteral("#include \"workflow/ReviewService.h\"\n"
                                     "// SELECT id FROM users: a comment, not SQL\n"
                                     "/* sqlite3_open is not called here */\n"
                                     "auto a = tr(\"Delete\"), b = tr(\"Select a file\");\n"
                                     "auto c = tr(\"Where from and where to\");\n"
                                     "int million = 1'000'000; char q = '\"';\n") +
                          lines(390)));
        QVERIFY(write(root, QStringLiteral("app/workflow/Long.cpp"), lines(kMaxLines)));
        QVERIFY(
            write(root, QStringLiteral("ui/main/Window.cpp"),
                  QStringLiteral("void f()\n{\n    static const bool ready = [] { return "
                                 "true; }();\n}\nconst QList<Extension> kList{addA, addB};\n")));
        const QList<Violation> found = scan(dir.path());
        QVERIFY2(found.isEmpty(), qPrintable(describe(found)));
    }

    // Each rule fires on a planted violation, naming the file and line.
    void everyRuleFires()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QDir root(dir.path());
        QVERIFY(write(root, QStringLiteral("app/accounts/Accounts.cpp"),
                      QStringLiteral("#include \"accounts/Accounts.h\"\n"
                                     "void f(Database& db)\n{\n"
                                     "    db.exec(\"UPDATE users SET name = ?1 \"\n"
                                     "            \"WHERE id = ?2\");\n"
                                     "    db.exec(R\"(CREATE TABLE t (id INTEGER))\");\n"
                                     "    auto s = \"  PRAGMA secure_delete = ON;\";\n"
                                     "}\n")));
        QVERIFY(write(root, QStringLiteral("app/demo/Demo.cpp"),
                      QStringLiteral("#include <sqlite3.h>\nvoid g(sqlite3* db)\n{\n"
                                     "    sqlite3_exec(db, nullptr, nullptr, nullptr, nullptr);\n"
                                     "}\n")));
        QVERIFY(write(root, QStringLiteral("ui/review/View.cpp"),
                      QStringLiteral("#include \"core/Outcome.h\"\n"
                                     "#include \"store/CaseFile.h\"\n")));
        QVERIFY(write(root, QStringLiteral("app/store/AuditRepository.cpp"),
                      QStringLiteral("#include \"store/Database.h\"\n"
                                     "#include \"core/Time.h\"\n"
                                     "#include \"audit/AuditLog.h\"\n")));
        QVERIFY(write(root, QStringLiteral("app/workflow/Big.h"), lines(kMaxLines + 1)));
        QVERIFY(write(root, QStringLiteral("ui/main/MainWindow.cpp"), lines(400)));
        QVERIFY(write(root, QStringLiteral("ui/help/Help.cpp"),
                      QStringLiteral("void addHelp(MainWindow&);\n"
                                     "CORROBORATE_WINDOW_EXTENSION(addHelp);\n")));
        QVERIFY(write(root, QStringLiteral("app/cli/User.cpp"),
                      QStringLiteral("namespace {\n"
                                     "const CommandRegistration add({QStringLiteral(\"user\")});\n"
                                     "[[maybe_unused]] const bool kRegistered = [] {\n"
                                     "    return true;\n}();\n}\n")));

        const QList<Violation> found = scan(dir.path());
        const QString all = describe(found);
        qInfo("%s", qPrintable(all));
        const QString accounts = QStringLiteral("app/accounts/Accounts.cpp");
        QVERIFY2(has(found, QStringLiteral("sql-outside-store"), accounts, 4), qPrintable(all));
        QVERIFY2(has(found, QStringLiteral("sql-outside-store"), accounts, 5), qPrintable(all));
        QVERIFY2(has(found, QStringLiteral("sql-outside-store"), accounts, 6), qPrintable(all));
        QVERIFY2(has(found, QStringLiteral("sql-outside-store"), accounts, 7), qPrintable(all));
        const QString demo = QStringLiteral("app/demo/Demo.cpp");
        QVERIFY2(has(found, QStringLiteral("sqlite-outside-store"), demo, 1), qPrintable(all));
        QVERIFY2(has(found, QStringLiteral("sqlite-outside-store"), demo, 2), qPrintable(all));
        QVERIFY2(has(found, QStringLiteral("sqlite-outside-store"), demo, 4), qPrintable(all));
        QVERIFY2(has(found, QStringLiteral("ui-includes-store"),
                     QStringLiteral("ui/review/View.cpp"), 2),
                 qPrintable(all));
        QVERIFY2(has(found, QStringLiteral("store-includes-feature"),
                     QStringLiteral("app/store/AuditRepository.cpp"), 3),
                 qPrintable(all));
        QVERIFY2(has(found, QStringLiteral("too-long"), QStringLiteral("app/workflow/Big.h"), 0),
                 qPrintable(all));
        QVERIFY2(has(found, QStringLiteral("main-window-too-long"),
                     QStringLiteral("ui/main/MainWindow.cpp"), 0),
                 qPrintable(all));
        QVERIFY2(has(found, QStringLiteral("static-registration"),
                     QStringLiteral("ui/help/Help.cpp"), 2),
                 qPrintable(all));
        QVERIFY2(has(found, QStringLiteral("static-registration"),
                     QStringLiteral("app/cli/User.cpp"), 2),
                 qPrintable(all));
        QVERIFY2(has(found, QStringLiteral("static-registration"),
                     QStringLiteral("app/cli/User.cpp"), 3),
                 qPrintable(all));
        // Nothing else: the store's own includes of core/ and store/ pass, and so on.
        QCOMPARE(found.size(), 14);
    }

    // The repository itself.
    void sourceTreeKeepsTheRules()
    {
        const QString root = sourceDir();
        QVERIFY2(QFileInfo::exists(root + QStringLiteral("/app/store/Database.cpp")),
                 qPrintable(root));
        const QList<Violation> found = scan(root);
        for (const Violation& v : found)
            qWarning("%s", qPrintable(v.toString()));
        QVERIFY2(found.isEmpty(),
                 qPrintable(QStringLiteral("%1 violations of docs/architecture.md (listed above)")
                                .arg(found.size())));
    }
};

QTEST_GUILESS_MAIN(TestArchitecture)
#include "tst_architecture.moc"
