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
#include "results/chartsloader.h"
#include "screenshottour.h"
#include "storeopener.h"
#include "uilanguage.h"
#include "versioninfo.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QTimer>

#include <cstdio>
#include <future>
#include <memory>
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

// --version (or -v) before any other argument handling: it needs no display, so it is answered
// before QApplication connects to one.
bool versionAsked(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if (arg == "--")
            return false;
        if (arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

// For tests/package/package-test.sh: once the window has painted, load the charts module the way
// the results page does and make a chart with it; print where it came from and quit (0), or print
// why it did not load and quit (1).
void selfCheckAfterFirstPaint(QWidget *window)
{
    whenFirstPainted(window, [] {
        const ChartsModule &charts = ChartsModule::instance();
        std::unique_ptr<QWidget> view(charts.newView(QStringLiteral("selfCheckChart"), nullptr));
        const bool chart = charts.isLoaded() && view && view->inherits("QGraphicsView");
        if (chart)
            std::printf("window shown\ncharts module: %s\n", qPrintable(charts.path()));
        else
            std::printf("window shown\ncharts module not loaded: %s\n", qPrintable(charts.error()));
        std::fflush(stdout);
        QCoreApplication::exit(chart ? 0 : 1);
    });
}

} // namespace

int main(int argc, char **argv)
{
    startupMark("main");
    if (versionAsked(argc, argv)) {
        std::printf("%s\n", qPrintable(versionLines().join(QLatin1Char('\n'))));
        return 0;
    }
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
    args.addOption({{QStringLiteral("v"), QStringLiteral("version")},
                    QStringLiteral("Displays the version of DigiLevel, of its bundled model and "
                                   "of the libraries it uses.")});
    args.addPositionalArgument(QStringLiteral("bundle.dlb"),
                               QStringLiteral("Bundles to import once the window shows (what "
                                              "opening a .dlb file from the file manager does)."),
                               QStringLiteral("[bundle.dlb...]"));
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
    QCommandLineOption selfCheckOption(QStringLiteral("self-check"));
    selfCheckOption.setFlags(QCommandLineOption::HiddenFromHelp);
    args.addOption(selfCheckOption);
    early.wait(); // long done by now; --help ends the program in process()
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
    if (args.isSet(selfCheckOption))
        selfCheckAfterFirstPaint(&window);
    QStringList bundles;
    for (const QString &file : args.positionalArguments()) {
        if (file.endsWith(QStringLiteral(".dlb"), Qt::CaseInsensitive))
            bundles << QFileInfo(file).absoluteFilePath();
        else
            std::fprintf(stderr, "digilevel: %s is not a bundle (.dlb); not opened\n",
                         qPrintable(file));
    }
    // After the window shows, so that the import's progress and report have their parent.
    if (!bundles.isEmpty())
        whenFirstPainted(&window, [home = window.homePage(), bundles] {
            QTimer::singleShot(0, home, [home, bundles] { home->importBundleFiles(bundles); });
        });
    return QApplication::exec();
}
