// SPDX-License-Identifier: GPL-3.0-or-later
#include "portfoliopage.h"
#include "portfoliocharts.h"
#include "portfoliofilterbar.h"
#include "portfolioformat.h"
#include "portfoliogroupmodel.h"
#include "portfolioreader.h"
#include "portfoliotables.h"
#include "segmentsdialog.h"

#include "appsession.h"
#include "errordialog.h"
#include "home/enterpriserowreader.h"
#include "model/model.h"
#include "results/chartsloader.h"
#include "stdtext.h"
#include "store/portfolio.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

Q_LOGGING_CATEGORY(lcPortfolio, "digilevel.app.portfolio")

namespace {

const char *const kHeadlines[] = {"enterprises", "assessed", "level2",     "share",      "mean",
                                  "median",      "srdi",     "srdiLevel2", "notOfficial"};

} // namespace

PortfolioPage::PortfolioPage(AppSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_reader(new PortfolioReader(this))
{
    setObjectName(QStringLiteral("portfolioPage"));
    auto *layout = new QVBoxLayout(this);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(new QLabel(tr("<h2>Portfolio</h2>"), this), 1);
    auto *segments = new QPushButton(tr("Se&gments…"), this);
    segments->setObjectName(QStringLiteral("manageSegments"));
    segments->setToolTip(tr("Define the segments (细分行业) the portfolio filters and groups by"));
    connect(segments, &QPushButton::clicked, this, [this] {
        SegmentsDialog dialog(m_session, this);
        dialog.exec();
    });
    titleRow->addWidget(segments);
    layout->addLayout(titleRow);
    m_filters = new PortfolioFilterBar(session.lang(), this);
    layout->addWidget(m_filters);
    connect(m_filters, &PortfolioFilterBar::changed, this, &PortfolioPage::recompute);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    m_message->hide();
    layout->addWidget(m_message);

    m_headline = new QWidget(this);
    auto *grid = new QGridLayout(m_headline);
    grid->setContentsMargins(0, 4, 0, 4);
    const QString names[] = {
        tr("Enterprises"),    tr("Assessed"),          tr("二级 or higher"),
        tr("Share at 二级+"), tr("Mean base score"),   tr("Median base score"),
        tr("专精特新 SMEs"),  tr("专精特新 at 二级+"), tr("Not on an official model")};
    for (int k = 0; k < int(std::size(kHeadlines)); ++k) {
        auto *name = new QLabel(names[k], m_headline);
        auto *value = new QLabel(m_headline);
        value->setObjectName(QString::fromLatin1(kHeadlines[k]));
        value->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: bold;"));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        name->setObjectName(value->objectName() + QStringLiteral("Name"));
        grid->addWidget(value, 0, k, Qt::AlignHCenter);
        grid->addWidget(name, 1, k, Qt::AlignHCenter);
    }
    layout->addWidget(m_headline);

    m_tabs = new QTabWidget(this);
    m_levelChart = ChartsModule::instance().newView(QStringLiteral("levelChart"), m_tabs);
    m_tabs->addTab(m_levelChart, tr("Levels"));

    m_groups = new PortfolioGroupModel(session.lang(), this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_groups);
    m_sorted->setSortRole(PortfolioGroupModel::SortRole);
    m_groupView = new QTableView(m_tabs);
    m_groupView->setObjectName(QStringLiteral("groups"));
    m_groupView->setModel(m_sorted);
    m_groupView->setSortingEnabled(true);
    m_groupView->sortByColumn(PortfolioGroupModel::Name, Qt::AscendingOrder);
    m_groupView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_groupView->verticalHeader()->hide();
    m_groupView->horizontalHeader()->setSectionResizeMode(PortfolioGroupModel::Name,
                                                          QHeaderView::Stretch);
    m_tabs->addTab(m_groupView, tr("Groups"));
    connect(m_groupView, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        const int row = m_sorted->mapToSource(index).row();
        if (!m_groupBy || row < 0 || row >= m_groups->rowCount())
            return;
        const std::vector<std::int64_t> &members = m_groups->group(row).members;
        emit groupRequested(groupTitle(row), QSet<qint64>(members.begin(), members.end()));
    });

    auto *uplift = new QWidget(m_tabs);
    auto *upliftLayout = new QVBoxLayout(uplift);
    m_upliftSummary = new QLabel(uplift);
    m_upliftSummary->setObjectName(QStringLiteral("upliftSummary"));
    m_upliftSummary->setWordWrap(true);
    upliftLayout->addWidget(m_upliftSummary);
    upliftLayout->addWidget(
        new QLabel(tr("Rows: level before (改造前); columns: level after (改造后)."), uplift));
    m_uplift = new QTableWidget(uplift);
    m_uplift->setObjectName(QStringLiteral("uplift"));
    upliftLayout->addWidget(m_uplift);
    m_tabs->addTab(uplift, tr("Before and after"));

    m_scenarios = new QTableWidget(m_tabs);
    m_scenarios->setObjectName(QStringLiteral("scenarios"));
    m_scenarios->verticalHeader()->hide();
    m_tabs->addTab(m_scenarios, tr("Scenarios"));

    auto *subSplit = new QSplitter(Qt::Horizontal, m_tabs);
    m_subDimensions = new QTableWidget(subSplit);
    m_subDimensions->setObjectName(QStringLiteral("subDimensions"));
    m_subDimensions->verticalHeader()->hide();
    subSplit->addWidget(m_subDimensions);
    // The radar is drawn when its tab is shown: Qt Charts' polar layout is the slowest part of
    // a refresh, and most filter changes are looked at on another tab.
    m_radar = ChartsModule::instance().newView(QStringLiteral("subDimensionRadar"), subSplit);
    subSplit->addWidget(m_radar);
    m_radar->setMinimumWidth(420);
    subSplit->setStretchFactor(0, 1);
    subSplit->setStretchFactor(1, 1);
    subSplit->setSizes({640, 560});
    m_tabs->addTab(subSplit, tr("Sub-dimensions"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_radarStale && m_radar->isVisible())
            showRadar();
    });
    layout->addWidget(m_tabs, 1);

    auto changed = [this] {
        m_stale = true;
        if (isVisible())
            reload();
    };
    connect(&session, &AppSession::enterprisesChanged, this, changed);
    connect(&session, &AppSession::assessmentChanged, this, changed);
    clearFigures({});
}

PortfolioPage::~PortfolioPage() = default;

QLabel *PortfolioPage::headline(const QString &name) const
{
    return m_headline->findChild<QLabel *>(name);
}

QString PortfolioPage::groupTitle(int sourceRow) const
{
    if (!m_groupBy || sourceRow < 0 || sourceRow >= m_groups->rowCount())
        return {};
    const dl::PortfolioGroupRow &g = m_groups->group(sourceRow);
    return tr("Portfolio: %1 %2 (%3 enterprises)")
        .arg(qs(dl::label(*m_groupBy).get(m_session.lang())), qs(g.name.get(m_session.lang())))
        .arg(g.members.size());
}

void PortfolioPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && !m_loading)
        reload();
}

void PortfolioPage::reload()
{
    m_stale = false;
    // Whatever is not scored yet is scored here, as the enterprise list does; usually nothing.
    if (auto refreshed = dl::refreshSummaries(m_session.store()); !refreshed)
        qCWarning(lcPortfolio) << errorText(refreshed.errors());
    const dl::Model &model = m_session.builtinModels().model;
    const std::string &path = m_session.store().path();
    if (!EnterpriseRowReader::canRead(path)) {
        auto read = PortfolioReader::read(m_session.store().db(), model);
        takeData(std::move(read.data), std::move(read.organisations), read.error);
        return;
    }
    m_loading = true;
    m_message->setText(tr("Reading the enterprises…"));
    m_message->show();
    m_reader->start(path, model, [this](PortfolioReader::Loaded read) {
        m_loading = false;
        takeData(std::move(read.data), std::move(read.organisations), read.error);
        if (m_stale && isVisible()) // changed while it was read
            reload();
    });
}

void PortfolioPage::takeData(dl::PortfolioData data,
                             std::vector<std::string> organisations,
                             QString error)
{
    m_data = std::move(data);
    m_filters->setChoices(m_data, organisations);
    if (auto everything = dl::resolveFilter(m_data, {}))
        m_all = dl::aggregatePortfolio(m_data, *everything);
    if (!error.isEmpty()) {
        clearFigures(error);
    } else {
        recompute();
    }
    emit loaded();
}

void PortfolioPage::recompute()
{
    const auto resolved = dl::resolveFilter(m_data, m_filters->filter());
    if (!resolved) {
        clearFigures(errorText(resolved.errors()));
        return;
    }
    m_groupBy = m_filters->groupBy();
    m_figures = dl::aggregatePortfolio(m_data, *resolved, m_groupBy);
    if (m_figures.counts.enterprises == 0) {
        clearFigures(tr("No enterprise matches"));
        return;
    }
    m_message->hide();
    showFigures();
}

QStringList PortfolioPage::levelNames() const
{
    QStringList names;
    for (int level = 0; level <= 4; ++level)
        names << QString::fromStdString(
            dl::levelName(m_session.builtinModels().model, level, m_session.lang()));
    return names;
}

void PortfolioPage::showFigures()
{
    const dl::PortfolioFigures &f = m_figures;
    const dl::PortfolioCounts &c = f.counts;
    const QString dash = PortfolioFormat::dash();
    auto set = [this](const char *name, const QString &text) {
        headline(QString::fromLatin1(name))->setText(text);
    };
    set("enterprises", QString::number(c.enterprises));
    set("assessed", QString::number(c.assessed));
    set("level2", QString::number(c.atOrAboveLevel2));
    set("share",
        c.assessed ? PortfolioFormat::percent(dl::shareOf(c.atOrAboveLevel2, c.assessed)) : dash);
    set("mean", c.meanBase ? PortfolioFormat::score(*c.meanBase) : dash);
    set("median", c.medianBase ? PortfolioFormat::score(*c.medianBase) : dash);
    set("srdi", QString::number(f.srdiTotal));
    set("srdiLevel2", QString::number(f.srdiAtOrAbove2));
    set("notOfficial", QString::number(f.notOfficial));
    headline(QStringLiteral("notOfficial"))->setVisible(f.notOfficial > 0);
    headline(QStringLiteral("notOfficialName"))->setVisible(f.notOfficial > 0);

    const QStringList levels = levelNames();
    ChartsModule::instance().show(m_levelChart, PortfolioCharts::levels(c, levels));

    m_groups->setGroups(f.groups);
    m_tabs->setTabEnabled(m_tabs->indexOf(m_groupView), m_groupBy.has_value());
    PortfolioTables::fillUplift(m_uplift, f.uplift, levels);
    m_upliftSummary->setText(PortfolioTables::upliftSummary(f.uplift));
    PortfolioTables::fillScenarios(m_scenarios, m_data, f, levels, m_session.lang());
    const dl::Model &model = m_session.builtinModels().model;
    PortfolioTables::fillSubDimensions(m_subDimensions, model, m_data, f, m_all, m_session.lang());
    if (m_radar->isVisible())
        showRadar();
    else
        m_radarStale = true;
}

void PortfolioPage::showRadar()
{
    m_radarStale = false;
    if (m_figures.counts.enterprises == 0) {
        ChartsModule::instance().show(m_radar, ChartSpec::Radar{});
        return;
    }
    ChartsModule::instance().show(
        m_radar, PortfolioCharts::subDimensions(m_session.builtinModels().model, m_data, m_figures,
                                                m_all, m_session.lang()));
}

void PortfolioPage::clearFigures(const QString &why)
{
    m_figures = {};
    for (const char *name : kHeadlines)
        headline(QString::fromLatin1(name))->setText(PortfolioFormat::dash());
    headline(QStringLiteral("notOfficial"))->hide();
    headline(QStringLiteral("notOfficialName"))->hide();
    m_message->setText(why);
    m_message->setVisible(!why.isEmpty());
    ChartsModule::instance().show(m_levelChart, ChartSpec::Bars{});
    m_groups->setGroups({});
    m_uplift->clear();
    m_uplift->setRowCount(0);
    m_upliftSummary->clear();
    m_scenarios->setRowCount(0);
    m_subDimensions->setRowCount(0);
    m_radarStale = true;
    if (m_radar->isVisible())
        showRadar();
}
