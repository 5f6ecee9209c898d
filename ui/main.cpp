// corroborate: the desktop application. Thin: it sets up the application, reads an optional
// case file path from the command line, and shows the main window (ui/main/MainWindow.h).
#include "core/Application.h"
#include "main/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <sys/resource.h>

int main(int argc, char** argv)
{
#ifdef NDEBUG
    // No core dumps in release builds: they would hold decrypted case data.
    const rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
#endif
    QApplication app(argc, argv);
    corroborate::ui::setUpApplication(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Review of gang-list nominals over an encrypted case file."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QApplication::translate("main", "A case file to open."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);

    corroborate::ui::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().first());
    return QApplication::exec();
}
