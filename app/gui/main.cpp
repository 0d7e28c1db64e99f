// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationfont.h"
#include "appsession.h"
#include "appsettings.h"
#include "appshell.h"
#include "firstpaint.h"
#include "home/enterprisetablemodel.h"
#include "home/homepage.h"
#include "lazyiconstyle.h"
#include "mainwindow.h"
#include "model/builtinmodels.h"
#include "screenshottour.h"
#include "storeopener.h"
#include "uilanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <future>
#include <optional>
#include <string_view>

namespace {

// --db PATH or --db=PATH, read before Qt parses the arguments (the last one wins, as there).
// Only a guess for opening early: the path Qt's parser gives is the one used.
std::optional<QString> databaseArgument(int argc, char **argv)
{
    std::optional<QString> path;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if (arg == "--")
            break;
        if (arg == "--db" && i + 1 < argc)
            path = QString::fromLocal8Bit(argv[++i]);
        else if (arg.starts_with("--db="))
            path = QString::fromLocal8Bit(arg.substr(5).data());
    }
    return path;
}

} // namespace

int main(int argc, char **argv)
{
    startupMark("main");
    // Parsing the bundled model takes about as long as starting Qt, and the home screen does not
    // need it before its first paint: parsed on first use. (A thread parsing it meanwhile
    // slows the start down on a two-core machine rather than speeding it up.)
    auto bundled = std::async(std::launch::deferred, &dl::loadBuiltinModelSet);
    // Fontconfig reads its configuration (some 60 XML files, about 3 ms) on first use, which is
    // the first widget with text: read, and the application fonts chosen, on a second thread
    // while Qt connects to the display.
    auto fonts = std::async(std::launch::async, sansSerifChoices);
    // The names first: the settings (and so the database's path) depend on them.
    QApplication::setApplicationName(QStringLiteral("DigiLevel"));
    QApplication::setOrganizationName(QStringLiteral("DigiLevel"));
    QApplication::setApplicationVersion(QStringLiteral(DIGILEVEL_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("digilevel"));
    AppSettings settings = AppSettings::load();
    // The database opens on a third thread meanwhile (unless it is the day's slow first opening).
    EarlyStoreOpening early(databaseArgument(argc, argv).value_or(settings.databasePath()));
    QApplication app(argc, argv);
    startupMark("application");
    QApplication::setStyle(new LazyIconStyle(QApplication::style()->name()));
    const FontChoices fontChoices = fonts.get();

    QCommandLineParser args;
    args.setApplicationDescription(QStringLiteral("SME digital level self-assessment"));
    args.addHelpOption();
    args.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("The database to open (default: the one in "
                                                     "the data directory of the settings)."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("zh_CN or en, for this run."),
                                        QStringLiteral("LANG"));
    // For tools/benchmark.sh: print the times of the first paint and of the filled enterprise
    // list, and quit.
    QCommandLineOption firstPaintOption(QStringLiteral("quit-after-first-paint"));
    firstPaintOption.setFlags(QCommandLineOption::HiddenFromHelp);
    args.addOption(dbOption);
    args.addOption(langOption);
    args.addOption(firstPaintOption);
    const QCommandLineOption tourOption(
        QStringLiteral("screenshots"),
        QStringLiteral("Walk the main screens, save a PNG of each into DIR and quit "
                       "(tools/screenshots.sh; use an empty database)."),
        QStringLiteral("DIR"));
    args.addOption(tourOption);
    early.wait(); // long done by now; --help and --version end the program in process()
    args.process(app);

    if (args.isSet(langOption))
        settings.language = args.value(langOption);
    const dl::Lang lang = settings.effectiveLanguage();
    UiLanguage language(fontChoices);
    language.apply(lang);

    const QString path = args.isSet(dbOption) ? args.value(dbOption) : settings.databasePath();
    auto store = early.take(path);
    if (!store)
        store = openStoreInteractively(path);
    if (!store)
        return 1;
    startupMark("store");
    AppSession session(std::move(*store), lang, std::move(bundled));
    startupMark("session");
    AppShell shell(session, language);
    MainWindow &window = *shell.window();
    startupMark("window");
    // The icon loads the SVG icon engine and image plugins: after the window is on screen.
    // (Before the probe below, whose event filter then runs first, so that it reports the paint
    // before this runs.)
    whenFirstPainted(&window, [] {
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/digilevel.svg")));
    });
    if (args.isSet(firstPaintOption)) {
        // Prints the first paint, then waits for the enterprise list to be filled.
        auto *probe = new FirstPaintProbe(&window, true);
        HomePage *home = window.homePage();
        QObject::connect(home, &HomePage::listReady, probe, &FirstPaintProbe::ready);
        if (!home->model()->isLoading())
            probe->ready();
    }
    if (args.isSet(tourOption))
        window.resize(1280, 860); // the same size for every run, whatever was saved
    window.show();
    startupMark("shown");
    if (args.isSet(tourOption))
        startScreenshotTour(session, window, args.value(tourOption));
    return QApplication::exec();
}
