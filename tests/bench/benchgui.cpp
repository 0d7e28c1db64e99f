// SPDX-License-Identifier: GPL-3.0-or-later
// digilevel-bench-gui: the enterprise list's model over a whole database, as the home screen
// uses it (read at once, and read in the background as at start). Prints "name<TAB>value<TAB>unit"
// lines for tools/benchmark.sh.
//
//   digilevel-bench-gui list DB

#include "appsession.h"
#include "home/enterprisetablemodel.h"

#include <QApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

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

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc != 3 || QByteArray(argv[1]) != "list") {
        std::fprintf(stderr, "usage: digilevel-bench-gui list DB\n");
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
