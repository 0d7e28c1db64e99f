// SPDX-License-Identifier: GPL-3.0-or-later
#include "enterprisetablemodel.h"
#include "errordialog.h"

#include "appsession.h"
#include "enterprise/recordlabels.h"
#include "firstpaint.h"
#include "homelabels.h"
#include "model/model.h"

#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>
#include <cassert>
#include <charconv>
#include <cstdint>

namespace {

Q_LOGGING_CATEGORY(lcHome, "digilevel.app.home")

// "2024-05-01T08:30:00..." as the number 20240501083000, which orders as the text does; 0 for
// any other text (those order by their text, before every time).
std::int64_t timeKey(const std::string &iso)
{
    static constexpr char pattern[] = "dddd-dd-ddTdd:dd:dd";
    if (iso.size() < sizeof pattern - 1)
        return 0;
    std::int64_t key = 0;
    for (std::size_t i = 0; i < sizeof pattern - 1; ++i) {
        const char c = iso[i];
        if (pattern[i] != 'd') {
            if (c != pattern[i])
                return 0;
        } else if (c >= '0' && c <= '9') {
            key = key * 10 + (c - '0');
        } else {
            return 0;
        }
    }
    return key;
}

} // namespace

EnterpriseTableModel::EnterpriseTableModel(AppSession &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(&session, &AppSession::enterprisesChanged, this, &EnterpriseTableModel::changed);
    connect(&session, &AppSession::assessmentChanged, this, &EnterpriseTableModel::changed);
}

EnterpriseTableModel::~EnterpriseTableModel() = default;

void EnterpriseTableModel::changed()
{
    if (m_deferred)
        m_stale = true;
    else
        reload();
}

void EnterpriseTableModel::setDeferred(bool deferred)
{
    m_deferred = deferred;
    if (!deferred && m_stale)
        reload();
}

void EnterpriseTableModel::reload()
{
    ++m_generation; // a background load still running is superseded
    m_loading = false;
    m_reading = false;
    m_stale = false;
    QString error;
    if (auto refreshed = dl::refreshSummaries(m_session.store()); !refreshed)
        error = errorText(refreshed.errors()); // the rows still load, unscored
    auto rows = dl::enterpriseRows(m_session.store());
    if (rows)
        setRows(std::move(*rows));
    else
        error = errorText(rows.errors());
    if (!error.isEmpty())
        qCWarning(lcHome) << "reading the enterprise list failed:" << error;
    emit reloaded(error);
}

void EnterpriseTableModel::loadInBackground(Start start)
{
    dl::Store &store = m_session.store();
    const auto count = dl::enterpriseCount(store.db());
    if (!count || *count == 0 || !EnterpriseRowReader::canRead(store.path())) {
        reload();
        return;
    }
    ++m_generation;
    m_loading = true;
    m_reading = false;
    m_stale = false;
    m_expected = *count;
    if (start == Start::Now)
        startReading();
}

void EnterpriseTableModel::startReading()
{
    if (!m_loading || m_reading)
        return; // nothing prepared, or superseded by a reload
    m_reading = true;
    m_reader.start(m_session.store().path(),
                   [this, generation = m_generation](EnterpriseRowReader::Rows rows) {
                       finishLoad(generation, std::move(rows));
                   });
}

void EnterpriseTableModel::finishLoad(int generation, EnterpriseRowReader::Rows rows)
{
    if (generation != m_generation)
        return; // a reload came in between and has newer rows
    if (!rows.error.isEmpty()) {
        qCInfo(lcHome) << "reading the enterprise list in the background failed, reading it "
                          "here:"
                       << rows.error;
        reload();
        return;
    }
    m_reading = false;
    if (rows.stale) {
        // Rare (after a crash, or an import that was cut short): score what is missing and read
        // again, as reload() does, rather than show those rows unscored for a moment.
        reload();
        return;
    }
    m_loading = false;
    setRows(std::move(rows.rows));
    startupMark("list-installed");
    emit reloaded(QString());
    // The search text, while the user looks at the list: the first search is then as quick as
    // the next.
    QTimer::singleShot(0, this, &EnterpriseTableModel::buildSearchTextWhileIdle);
}

void EnterpriseTableModel::buildSearchText(std::size_t upTo)
{
    std::string joined;
    for (upTo = std::min(upTo, m_entries.size()); m_searchTextBuilt < upTo; ++m_searchTextBuilt) {
        Entry &e = m_entries[m_searchTextBuilt];
        const dl::EnterpriseRow &row = *e.row;
        // The industry named in both languages, once per code.
        auto [names, added] = m_industrySearchText.try_emplace(row.industry);
        if (added)
            names->second =
                (HomeLabels::industry(row.industry, dl::Lang::ZhCN) + QLatin1Char('\n') +
                 HomeLabels::industryName(row.industry, dl::Lang::En))
                    .toLower()
                    .toStdString();
        // One conversion per row: the fields joined in UTF-8, then lower-cased in place.
        joined.clear();
        for (const std::string *part : {&row.name, &row.creditCode, &row.province})
            joined.append(*part).push_back('\n');
        joined.pop_back();
        joined.append(row.city).push_back('\n');
        joined.append(names->second);
        e.haystack = QString::fromStdString(joined).toLower();
    }
}

void EnterpriseTableModel::buildSearchTextWhileIdle()
{
    // A slice of about 2 ms at a time, so that the list stays responsive; a search in between
    // builds the rest at once (filterRows).
    constexpr std::size_t kSlice = 2'500;
    buildSearchText(m_searchTextBuilt + kSlice);
    if (m_searchTextBuilt < m_entries.size())
        QTimer::singleShot(0, this, &EnterpriseTableModel::buildSearchTextWhileIdle);
}

void EnterpriseTableModel::setRows(std::vector<dl::EnterpriseRow> rows)
{
    beginResetModel();
    // The rows are kept as they came (no copy); the entries point into them.
    m_rows = std::move(rows);
    m_entries.clear();
    m_entries.reserve(m_rows.size());
    m_nameKeys.clear();
    m_regionKeys.clear();
    m_searchTextBuilt = 0;
    for (const dl::EnterpriseRow &row : m_rows) {
        // Few distinct industry codes: name each once.
        if (auto [text, added] = m_industryText.try_emplace(row.industry); added)
            text->second = HomeLabels::industry(row.industry, m_session.lang());
        Entry e;
        e.row = &row;
        e.assessedLater = row.latestDate > row.updatedAt;
        e.changeKey = timeKey(e.assessedLater ? row.latestDate : row.updatedAt);
        if (row.summary && row.summary->answered > 0) {
            e.level = row.summary->level;
            const std::string &score = row.summary->score; // "C" decimal text
            std::from_chars(score.data(), score.data() + score.size(), e.score);
        }
        if (row.summary && row.summary->questions > 0)
            e.progress = double(row.summary->answered) / row.summary->questions;
        m_entries.push_back(std::move(e));
    }
    sortRows();
    filterRows();
    endResetModel();
}

void EnterpriseTableModel::setSearchText(const QString &text)
{
    const QStringList terms = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_search = text;
    if (terms == m_terms)
        return;
    beginResetModel();
    m_terms = terms;
    filterRows();
    endResetModel();
}

void EnterpriseTableModel::setLevelFilter(int level)
{
    if (level == m_level)
        return;
    beginResetModel();
    m_level = level;
    filterRows();
    endResetModel();
}

void EnterpriseTableModel::setStatusFilter(const QString &key)
{
    if (key == m_status)
        return;
    beginResetModel();
    m_status = key;
    filterRows();
    endResetModel();
}

void EnterpriseTableModel::setSubset(std::optional<QSet<qint64>> enterpriseIds)
{
    if (!enterpriseIds && !m_subset)
        return;
    beginResetModel();
    m_subset = std::move(enterpriseIds);
    filterRows();
    endResetModel();
}

void EnterpriseTableModel::filterRows()
{
    // "none": no assessment; any other key parses (the filter's combo box holds keys).
    const std::optional<dl::AssessmentStatus> status =
        dl::parseAssessmentStatus(m_status.toStdString());
    if (!m_terms.isEmpty())
        buildSearchText(m_entries.size());
    m_visible.clear();
    m_visible.reserve(m_order.size());
    for (int i : m_order) {
        const Entry &e = m_entries[i];
        if (m_level != AnyLevel && e.level != m_level)
            continue;
        if (!m_status.isEmpty() && e.row->latestStatus != status)
            continue;
        if (m_subset && !m_subset->contains(e.row->id))
            continue;
        const bool match = std::all_of(m_terms.cbegin(), m_terms.cend(),
                                       [&](const QString &t) { return e.haystack.contains(t); });
        if (match)
            m_visible.push_back(i);
    }
}

QString EnterpriseTableModel::regionOf(const dl::EnterpriseRow &r)
{
    return (QString::fromStdString(r.province) + QLatin1Char(' ') + QString::fromStdString(r.city))
        .trimmed();
}

const dl::EnterpriseRow &EnterpriseTableModel::rowAt(int row) const
{
    assert(row >= 0 && row < int(m_visible.size()));
    return *m_entries[m_visible[row]].row;
}

int EnterpriseTableModel::rowOfEnterprise(qint64 id) const
{
    for (int r = 0; r < int(m_visible.size()); ++r) {
        if (m_entries[m_visible[r]].row->id == id)
            return r;
    }
    return -1;
}

std::vector<int> EnterpriseTableModel::rowsOfEnterprises(const QSet<qint64> &ids) const
{
    std::vector<int> rows;
    for (int r = 0; r < int(m_visible.size()) && int(rows.size()) < ids.size(); ++r) {
        if (ids.contains(m_entries[m_visible[r]].row->id))
            rows.push_back(r);
    }
    return rows;
}

int EnterpriseTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int EnterpriseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const std::string &EnterpriseTableModel::lastChange(const Entry &e)
{
    return e.assessedLater ? e.row->latestDate : e.row->updatedAt;
}

bool EnterpriseTableModel::lessChanged(const Entry &a, const Entry &b)
{
    // The number first: a 40,000-row sort by time is then mostly integer comparisons.
    if (a.changeKey != b.changeKey)
        return a.changeKey < b.changeKey;
    return lastChange(a) < lastChange(b);
}

const QStringList &EnterpriseTableModel::levelNames() const
{
    // On first use, not in the constructor: at start the bundled model may still be loading.
    if (m_levelNames.isEmpty())
        for (int level = 0; level <= 4; ++level)
            m_levelNames << QString::fromStdString(
                dl::levelName(m_session.builtinModels().model, level, m_session.lang()));
    return m_levelNames;
}

QString EnterpriseTableModel::display(const Entry &e, int column) const
{
    const dl::EnterpriseRow &r = *e.row;
    switch (column) {
    case Name:
        return QString::fromStdString(r.name);
    case CreditCode:
        return QString::fromStdString(r.creditCode);
    case Industry: {
        const auto it = m_industryText.find(r.industry);
        return it == m_industryText.end() ? QString::fromStdString(r.industry) : it->second;
    }
    case Region:
        return regionOf(r);
    case Size:
        return HomeLabels::sizeClass(r.sizeClass, m_session.lang());
    case Srdi:
        return HomeLabels::srdi(r.srdi, m_session.lang());
    case Pilot:
        // The batch says more than a tick; a pilot without a batch still shows as one.
        return r.pilot ? (r.pilotBatch.empty() ? tr("Pilot") : QString::fromStdString(r.pilotBatch))
                       : QString();
    case Level:
        if (!r.latestAssessment)
            return {};
        if (e.level < 0 || e.level >= levelNames().size())
            return tr("Not scored");
        return r.officialModel ? levelNames()[e.level]
                               : tr("%1 (not official)").arg(levelNames()[e.level]);
    case Status:
        return HomeLabels::status(r.latestStatus, m_session.lang());
    case Phase:
        return r.latestPhase ? QString::fromStdString(dl::label(*r.latestPhase, m_session.lang()))
                             : QString();
    case Score:
        return e.level >= 0 ? QString::fromStdString(r.summary->score) : QString();
    case Progress:
        return r.summary
                   ? QStringLiteral("%1/%2").arg(r.summary->answered).arg(r.summary->questions)
                   : QString();
    case LastChange:
        return HomeLabels::localTime(lastChange(e));
    default:
        return {};
    }
}

QVariant EnterpriseTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries[m_visible[index.row()]];
    switch (role) {
    case Qt::DisplayRole:
        return display(e, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Level && e.level >= 0)
            return e.row->summary->layer == dl::Layer::Verified
                       ? tr("From the verified answers (on-site verification)")
                       : tr("From the enterprise's own answers (self-assessment)");
        if (index.column() == Progress && e.row->summary)
            return tr("%1 of %2 questions answered")
                .arg(e.row->summary->answered)
                .arg(e.row->summary->questions);
        if (index.column() == Name || index.column() == Industry)
            return display(e, index.column());
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Score || index.column() == Progress)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case EnterpriseIdRole:
        return qint64(e.row->id);
    case AssessmentIdRole:
        return e.row->latestAssessment ? QVariant(qint64(*e.row->latestAssessment)) : QVariant();
    case LevelRole:
        return e.level;
    case StatusRole:
        return e.row->latestStatus ? QString::fromLatin1(dl::key(*e.row->latestStatus)) : QString();
    default:
        return {};
    }
}

QVariant EnterpriseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Enterprise name");
    case CreditCode:
        return tr("Credit code");
    case Industry:
        return tr("Industry");
    case Region:
        return tr("Region");
    case Size:
        return tr("Size");
    case Srdi:
        return tr("SRDI");
    case Pilot:
        return tr("Pilot");
    case Level:
        return tr("Level");
    case Status:
        return tr("Status");
    case Phase:
        return tr("Phase");
    case Score:
        return tr("Base score");
    case Progress:
        return tr("Answered");
    case LastChange:
        return tr("Last change");
    default:
        return {};
    }
}
