// SPDX-License-Identifier: GPL-3.0-or-later
#include "guitestsupport.h"
#include "modelbrowser.h"
#include "modeltreemodel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QTextBrowser>
#include <QTreeView>

namespace {

int countLeaves(const QAbstractItemModel &m, const QModelIndex &parent = {})
{
    if (m.rowCount(parent) == 0)
        return parent.isValid() ? 1 : 0;
    int n = 0;
    for (int r = 0; r < m.rowCount(parent); ++r)
        n += countLeaves(m, m.index(r, 0, parent));
    return n;
}

} // namespace

TEST_CASE("the model browser's tree holds every item and scenario of the model", "[gui]")
{
    TestSession t;
    const dl::Model &model = t.session->builtinModels().model;
    ModelTreeModel tree;
    QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::Warning);
    tree.setModel(&model, dl::Lang::ZhCN);
    // The MIIT 2024 model: 15 items under the dimensions and 16 scenarios under their groups.
    CHECK(model.items.size() == 15);
    CHECK(model.scenarios.size() == 16);
    CHECK(countLeaves(tree) == 15 + 16);
    tree.setModel(&model, dl::Lang::En); // a reset, checked by the tester too
    CHECK(countLeaves(tree) == 15 + 16);

    ModelBrowser browser(model, dl::Lang::ZhCN);
    auto *details = browser.findChild<QTextBrowser *>();
    REQUIRE(details);
    // It opens on the first item, so its details are shown at once.
    CHECK(details->toPlainText().contains(QString::fromStdString(model.items.front().name.zh)));
}
