// SPDX-License-Identifier: GPL-3.0-or-later
#include "historypage.h"
#include "errordialog.h"
#include "stdtext.h"

#include "appsession.h"
#include "chartsloader.h"
#include "comparisonmodel.h"
#include "enterprise/recordlabels.h"
#include "historymodel.h"
#include "resultscharts.h"
#include "resultsformat.h"
#include "store/segments.h"
#include "store/storedassessment.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QString html(const std::string &s)
{
    return QString::fromStdString(s).toHtmlEscaped();
}

QTableView *newTable(const QString &objectName, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

HistoryPage::HistoryPage(AppSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new HistoryModel(session.builtinModels().model, session.lang(), this))
    , m_comparison(new ComparisonModel(session.lang(), this))
{
    auto *layout = new QVBoxLayout(this);
    auto *titleRow = new QHBoxLayout;
    m_title = new QLabel(tr("No enterprise is open."), this);
    m_title->setObjectName(QStringLiteral("history-title"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    titleRow->addWidget(m_title, 1);
    auto *back = new QPushButton(tr("&Back to the enterprise list"), this);
    connect(back, &QPushButton::clicked, &m_session, &AppSession::goHome);
    titleRow->addWidget(back);
    layout->addLayout(titleRow);
    m_profile = new QLabel(this);
    m_profile->setObjectName(QStringLiteral("enterprise-profile"));
    m_profile->setTextFormat(Qt::RichText);
    m_profile->setWordWrap(true);
    m_profile->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_profile);

    auto *top = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(top);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_table = newTable(QStringLiteral("history-table"), left);
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->horizontalHeader()->setStretchLastSection(false);
    leftLayout->addWidget(m_table);
    auto *hint = new QLabel(tr("Select one assessment to compare it with the one before, or two "
                               "to compare them. Double-click to open the results."),
                            left);
    hint->setWordWrap(true);
    leftLayout->addWidget(hint);
    m_open = new QPushButton(tr("&Open results"), left);
    m_open->setObjectName(QStringLiteral("open-results"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addSpacing(16);
    // The phase was chosen when the assessment was created; a consultant who picked the wrong
    // one corrects it here (stored at once, with an audit row).
    auto *phaseLabel = new QLabel(tr("P&hase:"), left);
    m_phase = new QComboBox(left);
    m_phase->setObjectName(QStringLiteral("phase"));
    m_phase->setEnabled(false); // until one assessment is selected
    phaseLabel->setBuddy(m_phase);
    for (dl::AssessmentPhase p :
         {dl::AssessmentPhase::Baseline, dl::AssessmentPhase::After, dl::AssessmentPhase::FollowUp})
        m_phase->addItem(QString::fromStdString(dl::label(p, m_session.lang())), int(p));
    m_phase->setToolTip(tr("改造前 (before the transformation), 改造后 (after it) or 复评 "
                           "(follow-up) of the selected assessment"));
    buttons->addWidget(phaseLabel);
    buttons->addWidget(m_phase);
    buttons->addStretch();
    leftLayout->addLayout(buttons);
    connect(m_phase, &QComboBox::activated, this, &HistoryPage::changePhase);
    m_trend = ChartsModule::instance().newView(QStringLiteral("trend-chart"), top);
    top->addWidget(left);
    top->addWidget(m_trend);
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 1);
    m_trend->setMinimumWidth(420);
    top->setSizes({720, 520});

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(createComparison());
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        m_session.openResults(index.data(HistoryModel::AssessmentIdRole).toLongLong());
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedAssessment())
            m_session.openResults(id);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryPage::compareSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryPage::showSelectedPhase);
    connect(&session, &AppSession::assessmentChanged, this, &HistoryPage::refreshLater);
    connect(&session, &AppSession::enterprisesChanged, this, &HistoryPage::refreshLater);
}

QWidget *HistoryPage::createComparison()
{
    auto *group = new QGroupBox(tr("Comparison"), this);
    auto *layout = new QVBoxLayout(group);
    auto *row = new QHBoxLayout;
    m_compareTitle = new QLabel(group);
    m_compareTitle->setObjectName(QStringLiteral("compare-title"));
    m_compareTitle->setWordWrap(true);
    row->addWidget(m_compareTitle, 1);
    row->addWidget(new QLabel(tr("Answers compared:"), group));
    m_compareLayer = new QComboBox(group);
    m_compareLayer->setObjectName(QStringLiteral("compare-layer"));
    for (dl::Layer l : {dl::Layer::Verified, dl::Layer::Self})
        m_compareLayer->addItem(ResultsFormat::layerText(l), QLatin1String(dl::key(l)));
    m_compareLayer->setToolTip(tr("The verified view uses the assessor's answers where there are "
                                  "any and the enterprise's own answers elsewhere."));
    connect(m_compareLayer, &QComboBox::activated, this, &HistoryPage::compareSelected);
    row->addWidget(m_compareLayer);
    layout->addLayout(row);

    auto *totals = new QHBoxLayout;
    totals->addWidget(new QLabel(tr("Level:"), group));
    m_compareLevel = new QLabel(group);
    m_compareLevel->setObjectName(QStringLiteral("compare-level"));
    totals->addWidget(m_compareLevel);
    totals->addSpacing(24);
    totals->addWidget(new QLabel(tr("Base score:"), group));
    m_compareScore = new QLabel(group);
    m_compareScore->setObjectName(QStringLiteral("compare-score"));
    totals->addWidget(m_compareScore);
    totals->addSpacing(24);
    m_compareComparable = new QLabel(group);
    m_compareComparable->setObjectName(QStringLiteral("compare-comparable"));
    totals->addWidget(m_compareComparable);
    totals->addStretch();
    QFont bold = m_compareLevel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_compareLevel->setFont(bold);
    m_compareScore->setFont(bold);
    layout->addLayout(totals);
    m_compareCounts = new QLabel(group);
    m_compareCounts->setObjectName(QStringLiteral("compare-counts"));
    m_compareCounts->setWordWrap(true);
    layout->addWidget(m_compareCounts);

    m_compareTable = newTable(QStringLiteral("compare-table"), group);
    m_compareTable->setModel(m_comparison);
    m_compareTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_compareTable->horizontalHeader()->setSectionResizeMode(ComparisonModel::Name,
                                                             QHeaderView::Stretch);
    m_compareTable->horizontalHeader()->setStretchLastSection(false);
    layout->addWidget(m_compareTable, 1);
    return group;
}

void HistoryPage::openEnterprise(qint64 enterpriseId)
{
    if (enterpriseId != m_enterpriseId)
        m_table->clearSelection(); // another enterprise's assessments
    m_enterpriseId = enterpriseId;
    reload();
    // Start on the newest assessment, compared with the one before it.
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

void HistoryPage::refreshLater()
{
    if (m_enterpriseId == 0)
        return;
    if (isVisible())
        reload();
    else
        m_stale = true;
}

void HistoryPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void HistoryPage::reload()
{
    m_stale = false;
    if (m_enterpriseId == 0)
        return;
    QList<qint64> selected;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        selected << index.data(HistoryModel::AssessmentIdRole).toLongLong();
    showProfile();
    auto rows = loadHistory(m_session.store(), m_enterpriseId);
    if (!rows) {
        m_model->setRows({});
        showErrors(this, tr("The assessments could not be read."), rows.errors());
    } else {
        m_model->setRows(std::move(*rows));
    }
    m_table->resizeColumnsToContents();
    updateTrend();
    selectAssessments(selected);
    if (!m_table->selectionModel()->hasSelection())
        compareSelected(); // no selection change to trigger it
}

void HistoryPage::showProfile()
{
    auto e = m_session.store().enterprise(m_enterpriseId);
    if (!e) {
        m_title->setText(tr("Enterprise not found"));
        m_profile->setText(errorText(e.errors()).toHtmlEscaped());
        return;
    }
    m_title->setText(qs(e->name));
    QStringList cells;
    auto add = [&](const QString &label, const QString &value) {
        cells << QStringLiteral("<td><b>%1</b></td><td>%2</td>")
                     .arg(label.toHtmlEscaped(), value.isEmpty() ? QStringLiteral("—") : value);
    };
    add(tr("Credit code"), html(e->creditCode));
    add(tr("Industry"), ResultsFormat::industryText(e->industry, m_session.lang()).toHtmlEscaped());
    add(tr("Region"), html(e->province + " " + e->city).trimmed());
    add(tr("Size"), ResultsFormat::sizeClassText(e->sizeClass) +
                        (e->aboveScale ? tr(", above designated size (规上)") : QString()));
    add(tr("Employees"), e->employees ? QString::number(*e->employees) : QString());
    add(tr("Revenue (10k CNY)"), e->revenueWan ? html(*e->revenueWan) : QString());
    add(tr("Specialised SME (专精特新)"), ResultsFormat::srdiText(e->srdi).toHtmlEscaped());
    add(tr("Contact"), html(e->contactName + " " + e->contactPhone).trimmed());
    QString table = QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    for (int k = 0; k < cells.size(); k += 4)
        table += QStringLiteral("<tr>%1</tr>").arg(cells.mid(k, 4).join(QString()));
    m_profile->setText(table + QStringLiteral("</table>"));
}

void HistoryPage::updateTrend()
{
    std::vector<ResultsCharts::TrendPoint> points;
    for (const HistoryRow &row : m_model->rows()) {
        if (row.scored && row.created.isValid())
            points.push_back({row.created, row.score, row.level});
    }
    ChartSpec::Trend spec =
        ResultsCharts::trend(points, m_session.builtinModels().model, m_session.lang());
    spec.title = tr("Base score over time");
    ChartsModule::instance().show(m_trend, spec);
}

void HistoryPage::selectAssessments(const QList<qint64> &assessmentIds)
{
    QItemSelection selection;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex index = m_model->index(r, 0);
        if (assessmentIds.contains(index.data(HistoryModel::AssessmentIdRole).toLongLong()))
            selection.select(index, m_model->index(r, HistoryModel::ColumnCount - 1));
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
}

qint64 HistoryPage::selectedAssessment() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.size() == 1 ? rows.front().data(HistoryModel::AssessmentIdRole).toLongLong() : 0;
}

void HistoryPage::showSelectedPhase()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_phase->setEnabled(rows.size() == 1);
    if (rows.size() != 1)
        return;
    const auto &row = m_model->rows()[std::size_t(rows.front().row())];
    m_phase->setCurrentIndex(m_phase->findData(int(row.record.phase)));
}

void HistoryPage::changePhase()
{
    const qint64 id = selectedAssessment();
    if (!id)
        return;
    const auto phase = dl::AssessmentPhase(m_phase->currentData().toInt());
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (m_model->rows()[std::size_t(rows.front().row())].record.phase == phase)
        return;
    if (auto done = dl::setAssessmentPhase(m_session.store(), id, phase, ss(m_session.userName()));
        !done) {
        showErrors(this, tr("The phase could not be changed"), done.errors());
        showSelectedPhase();
        return;
    }
    m_session.notifyAssessmentChanged(id);
}

void HistoryPage::showCompareHint(const QString &text)
{
    m_comparison->clear();
    m_compareTitle->setText(text);
    m_compareLevel->clear();
    m_compareScore->clear();
    m_compareComparable->clear();
    m_compareCounts->clear();
}

void HistoryPage::compareSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    m_open->setEnabled(rows.size() == 1);
    // The table is newest first: one selected row is compared with the row below it.
    if (rows.size() == 1 && rows.front() + 1 < m_model->rowCount())
        rows << rows.front() + 1;
    if (rows.size() != 2) {
        showCompareHint(rows.size() == 1
                            ? tr("This is the first assessment; there is nothing before it.")
                            : tr("Select two assessments to compare them."));
        return;
    }
    const HistoryRow &after = m_model->rows()[std::size_t(rows[0])];
    const HistoryRow &before = m_model->rows()[std::size_t(rows[1])];
    auto a = dl::loadAssessment(m_session.store(), std::to_string(before.record.id));
    auto b = dl::loadAssessment(m_session.store(), std::to_string(after.record.id));
    if (!a || !b) {
        showCompareHint(tr("The assessments could not be loaded:\n%1")
                            .arg(errorText(!a ? a.errors() : b.errors())));
        return;
    }
    const dl::Layer layer =
        dl::parseLayer(ss(m_compareLayer->currentData().toString())).value_or(dl::Layer::Verified);
    const dl::Comparison c = dl::compareAssessments(*a, *b, layer);
    m_comparison->setComparison(c);

    QString title =
        tr("From %1 (%2) to %3 (%4)")
            .arg(ResultsFormat::storedDate(before.record.createdAt), qs(before.record.modelVersion),
                 ResultsFormat::storedDate(after.record.createdAt), qs(after.record.modelVersion));
    if (!c.sameModel)
        title += QLatin1Char('\n') + tr("The two assessments use different model versions; "
                                        "items are compared by id.");
    m_compareTitle->setText(title);
    const dl::Lang lang = m_session.lang();
    auto tone = [](int sign) {
        const QColor color = sign > 0   ? ResultsFormat::gainColor()
                             : sign < 0 ? ResultsFormat::lossColor()
                                        : QColor(0x42, 0x42, 0x42);
        return QStringLiteral("QLabel { color: %1; }").arg(color.name());
    };
    const int levelDelta = c.levelAfter - c.levelBefore;
    m_compareLevel->setText(tr("%1 → %2 (%3)")
                                .arg(qs(dl::levelName(a->models.model, c.levelBefore, lang)),
                                     qs(dl::levelName(b->models.model, c.levelAfter, lang)),
                                     levelDelta == 0  ? QStringLiteral("±0")
                                     : levelDelta > 0 ? QStringLiteral("+%1").arg(levelDelta)
                                                      : QString::number(levelDelta)));
    m_compareLevel->setStyleSheet(tone(levelDelta));
    const dl::Rational delta = c.baseAfter - c.baseBefore;
    m_compareScore->setText(
        tr("%1 → %2 (%3)")
            .arg(ResultsFormat::score(c.baseBefore), ResultsFormat::score(c.baseAfter),
                 delta.isZero() ? QStringLiteral("±0") : ResultsFormat::signedScore(delta)));
    m_compareScore->setStyleSheet(tone(delta.isZero() ? 0 : delta.isNegative() ? -1 : 1));
    // Across versions, the part of the change that is progress: the items asked alike in both.
    const dl::Rational comparable = c.comparableAfter - c.comparableBefore;
    m_compareComparable->setVisible(!c.changedMeaning.empty());
    m_compareComparable->setText(
        tr("comparable items: %1 → %2 (%3)")
            .arg(ResultsFormat::score(c.comparableBefore), ResultsFormat::score(c.comparableAfter),
                 comparable.isZero() ? QStringLiteral("±0")
                                     : ResultsFormat::signedScore(comparable)));
    QString counts = tr("%1 improved, %2 worsened").arg(c.improved()).arg(c.worsened());
    if (!c.changedMeaning.empty()) {
        QStringList names;
        for (const dl::Comparison::MeaningChange &m : c.changedMeaning)
            names << qs(m.name.get(lang));
        counts += QLatin1Char('\n') +
                  tr("Meaning changed between the versions, not comparable and not counted: %1")
                      .arg(names.join(tr(", ")));
    }
    m_compareCounts->setText(counts);
    m_compareTable->resizeColumnsToContents();
}
