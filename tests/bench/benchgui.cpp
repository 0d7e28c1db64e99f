// SPDX-License-Identifier: GPL-3.0-or-later
// digilevel-bench-gui: GUI figures over a whole database. Prints "name<TAB>value<TAB>unit" lines
// for tools/benchmark.sh.
//
//   digilevel-bench-gui list DB         the enterprise list's model, as the home screen uses it
//                                       (read at once, and read in the background as at start)
//   digilevel-bench-gui portfolio DB    the 看板 page: its first showing until the data is read
//                                       and painted, then filter changes made in its filter bar's
//                                       widgets until the page has updated and painted again
//   digilevel-bench-gui pdf DB OUTDIR   the portfolio progress report's PDF (aggregate, level
//                                       gaps, PDF) for the whole city grouped by city and for one
//                                       city, against one enterprise's assessment report

#include "appsession.h"
#include "home/enterprisetablemodel.h"
#include "pdfreport.h"
#include "portfolio/levelgap.h"
#include "portfolio/portfoliofilterbar.h"
#include "portfolio/portfoliopage.h"
#include "portfolioreport.h"
#include "results/chartsloader.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <vector>

namespace {

void print(const char *name, double value, const char *unit)
{
    std::printf("%s\t%.6g\t%s\n", name, value, unit);
    std::fflush(stdout);
}

// The best of five runs of `f`, in milliseconds.
template<typename F>
double bestOf(F f)
{
    double best = 1e12;
    for (int k = 0; k < 5; ++k) {
        QElapsedTimer t;
        t.start();
        f(k);
        best = std::min(best, double(t.nsecsElapsed()) / 1e6);
    }
    return best;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

int list(AppSession &session)
{
    EnterpriseTableModel model(session);
    print("list_reload_ms", bestOf([&](int) { model.reload(); }), "ms");
    // As at start: read by a worker thread over its own connection, handed over in this one.
    print("list_background_ms", bestOf([&](int) {
              model.loadInBackground();
              while (model.isLoading())
                  QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
          }),
          "ms");
    print("list_rows", model.totalCount(), "enterprises");
    // The first search after a read also lower-cases every row's search text once.
    QElapsedTimer firstSearch;
    firstSearch.start();
    model.setSearchText(QStringLiteral("杭州"));
    print("list_first_search_ms", double(firstSearch.nsecsElapsed()) / 1e6, "ms");
    model.setSearchText({});

    // A search as typed in the box: a city, then a name fragment, then a credit-code prefix.
    const QString searches[] = {QStringLiteral("杭州"), QStringLiteral("精密"),
                                QStringLiteral("c34"), QStringLiteral("913301"),
                                QStringLiteral("苏州 电子")};
    print("list_search_ms", bestOf([&](int k) { model.setSearchText(searches[k]); }), "ms");
    model.setSearchText({});
    // The first sort of a text column builds its collation keys; sorts after that reuse them.
    const int columns[] = {EnterpriseTableModel::Name, EnterpriseTableModel::Level,
                           EnterpriseTableModel::Score, EnterpriseTableModel::Region,
                           EnterpriseTableModel::LastChange};
    QElapsedTimer first;
    first.start();
    model.sort(EnterpriseTableModel::Name, Qt::DescendingOrder);
    print("list_first_name_sort_ms", double(first.nsecsElapsed()) / 1e6, "ms");
    print("list_sort_ms", bestOf([&](int k) { model.sort(columns[k], Qt::AscendingOrder); }), "ms");
    print("list_filter_ms", bestOf([&](int k) { model.setLevelFilter(k % 5); }), "ms");
    return 0;
}

// Until the posted events (layout, deferred updates) are handled and the whole page is painted.
void settle(QWidget &page)
{
    QCoreApplication::processEvents();
    page.repaint();
}

int portfolio(AppSession &session)
{
    // The module just built: the program would look beside itself, in another folder.
    ChartsModule::useModule(QStringLiteral(DIGILEVEL_CHARTS_MODULE));
    PortfolioPage page(session);
    page.resize(1280, 860);
    QElapsedTimer shown;
    shown.start();
    page.show(); // starts reading the data on a worker thread
    while (page.isLoading())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    settle(page);
    print("portfolio_gui_first_show_ms", double(shown.nsecsElapsed()) / 1e6, "ms");
    if (page.figures().counts.enterprises == 0) {
        std::fprintf(stderr, "digilevel-bench-gui: the portfolio shows nothing: %s\n",
                     qPrintable(page.message()->text()));
        return 1;
    }

    // A user's session in the filter bar: each step is one change to one widget.
    PortfolioFilterBar *bar = page.filterBar();
    QComboBox *group = bar->combo(QStringLiteral("groupBy"));
    QComboBox *pilot = bar->combo(QStringLiteral("pilot"));
    QComboBox *phase = bar->combo(QStringLiteral("phase"));
    QComboBox *segment = bar->combo(QStringLiteral("segment"));
    const int building = std::max(1, segment->findText(QStringLiteral("新型建材及陶瓷琉璃制品")));
    auto byGroup = [&](dl::PortfolioGroup g) { return group->findData(int(g)); };
    const std::vector<std::function<void()>> steps = {
        [&] { group->setCurrentIndex(byGroup(dl::PortfolioGroup::Segment)); },
        [&] { pilot->setCurrentIndex(1); }, // pilot enterprises
        [&] { group->setCurrentIndex(byGroup(dl::PortfolioGroup::Organisation)); },
        [&] { phase->setCurrentIndex(phase->findData(int(dl::AssessmentPhase::After))); },
        [&] { group->setCurrentIndex(byGroup(dl::PortfolioGroup::City)); },
        [&] { segment->setCurrentIndex(building); },
        [&] { phase->setCurrentIndex(0); },
        [&] { pilot->setCurrentIndex(0); },
        [&] { segment->setCurrentIndex(0); },
        [&] { group->setCurrentIndex(0); },
    };
    // Half the rounds looking at the level chart, half at the group table.
    auto *tabs = page.findChild<QTabWidget *>();
    std::vector<double> runs;
    std::set<int> counts; // how many enterprises the page showed: the steps must change it
    for (int round = 0; round < 4; ++round) {
        if (tabs)
            tabs->setCurrentIndex(round % 2 ? tabs->indexOf(page.groupView()) : 0);
        settle(page);
        for (const auto &step : steps) {
            QElapsedTimer t;
            t.start();
            step();
            settle(page);
            runs.push_back(double(t.nsecsElapsed()) / 1e6);
            counts.insert(page.figures().counts.enterprises);
        }
    }
    if (counts.size() < 3) {
        std::fprintf(stderr,
                     "digilevel-bench-gui: the filter bar's changes did not reach the page\n");
        return 1;
    }
    print("portfolio_gui_refresh_ms", median(runs), "ms");
    print("portfolio_gui_refresh_best_ms", *std::min_element(runs.begin(), runs.end()), "ms");
    print("portfolio_gui_refresh_max_ms", *std::max_element(runs.begin(), runs.end()), "ms");
    return 0;
}

// aggregate + level gaps + PDF of one filter, the median of three runs in milliseconds.
double portfolioPdf(const dl::PortfolioData &data,
                    const dl::Model &model,
                    const dl::PortfolioFilter &filter,
                    std::optional<dl::PortfolioGroup> by,
                    const std::string &path)
{
    std::vector<double> runs;
    for (int k = 0; k < 3; ++k) {
        QElapsedTimer t;
        t.start();
        const auto resolved = dl::resolveFilter(data, filter);
        if (!resolved)
            return -1;
        const dl::PortfolioFigures f = dl::aggregatePortfolio(data, *resolved, by);
        const std::vector<dl::LevelGap> below = dl::levelGaps(data, f, model, 2);
        const dl::PortfolioReportView view{data, *resolved, f, by, below, model, "2026-12-05"};
        if (!dl::report::writePortfolioReport(view, dl::Lang::ZhCN, path))
            return -1;
        runs.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return median(runs);
}

int pdf(AppSession &session, const std::string &dir)
{
    const dl::Model &model = session.builtinModels().model;
    auto data = dl::loadPortfolioData(session.store().db(), model);
    if (!data || data->enterprises.empty()) {
        std::fprintf(stderr, "digilevel-bench-gui: no portfolio data\n");
        return 1;
    }
    // The city with the most enterprises, as one city office would print it.
    std::map<std::string, int> cities;
    for (const dl::PortfolioEnterprise &e : data->enterprises)
        ++cities[e.city];
    const auto biggest = std::max_element(cities.begin(), cities.end(),
                                          [](auto &a, auto &b) { return a.second < b.second; });
    dl::PortfolioFilter oneCity;
    oneCity.city = biggest->first;
    const double all =
        portfolioPdf(*data, model, {}, dl::PortfolioGroup::City, dir + "/portfolio-all.pdf");
    const double city = portfolioPdf(*data, model, oneCity, dl::PortfolioGroup::Organisation,
                                     dir + "/portfolio-city.pdf");
    if (all < 0 || city < 0) {
        std::fprintf(stderr, "digilevel-bench-gui: the portfolio report failed\n");
        return 1;
    }
    // The anchor: one enterprise's assessment report, the PDF every consultant hands over.
    const std::int64_t assessment = data->assessments.front().id;
    const double anchor = bestOf([&](int) {
        (void)writeAssessmentReport(session.store(), assessment, dl::Layer::Self, dl::Lang::ZhCN,
                                    dir + "/assessment.pdf");
    });
    print("portfolio_pdf_ms", all, "ms");
    print("portfolio_pdf_city_ms", city, "ms");
    print("portfolio_pdf_city_enterprises", biggest->second, "enterprises");
    print("assessment_pdf_ms", anchor, "ms");
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QByteArray command = argc >= 3 ? QByteArray(argv[1]) : QByteArray();
    if (!(argc == 3 && (command == "list" || command == "portfolio")) &&
        !(argc == 4 && command == "pdf")) {
        std::fprintf(stderr, "usage: digilevel-bench-gui list DB | portfolio DB | pdf DB OUTDIR\n");
        return 2;
    }
    dl::Store::Options options;
    options.dailyBackup = false;
    auto store = dl::Store::open(argv[2], options);
    if (!store) {
        std::fprintf(stderr, "%s\n", store.errors().front().toString().c_str());
        return 1;
    }
    AppSession session(std::move(*store), dl::Lang::ZhCN);
    if (command == "pdf")
        return pdf(session, argv[3]);
    return command == "list" ? list(session) : portfolio(session);
}
