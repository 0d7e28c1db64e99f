// SPDX-License-Identifier: GPL-3.0-or-later
#include "historymodel.h"

#include "enterprise/recordlabels.h"
#include "errordialog.h"
#include "resultsformat.h"
#include "store/portfolio.h"
#include "store/storedassessment.h"

#include <algorithm>

namespace {

// The summary refreshSummaries would store, computed here for an assessment that has none yet
// (the cache was cleared by a change and not refilled, or the database predates it).
void scoreRow(dl::Store &store, HistoryRow &row)
{
    auto loaded = dl::loadAssessment(store, std::to_string(row.record.id));
    if (!loaded) {
        row.problem = errorText({loaded.errors().front()});
        return;
    }
    row.layer = loaded->answers.verified ? dl::Layer::Verified : dl::Layer::Self;
    const dl::AnswerLayer answers = loaded->layer(row.layer);
    const dl::Evaluation e = dl::evaluate(loaded->models, answers, loaded->industry, 0);
    row.scored = true;
    row.level = e.result.level;
    row.score = e.result.base;
    for (const dl::Item &item : e.model.items)
        row.questions += item.enabled;
    for (const dl::Scenario &sc : e.model.scenarios)
        row.questions += sc.enabled;
    row.answered = row.questions - int(e.result.unanswered.size());
}

} // namespace

dl::Result<std::vector<HistoryRow>> loadHistory(dl::Store &store, qint64 enterpriseId)
{
    auto records = store.assessments(enterpriseId);
    if (!records)
        return records.errors();
    std::vector<HistoryRow> rows;
    rows.reserve(records->size());
    for (const dl::AssessmentRecord &record : *records) {
        HistoryRow row;
        row.record = record;
        row.created = ResultsFormat::storedTime(record.createdAt);
        auto summary = dl::storedSummary(store, record.id);
        const auto score =
            summary && *summary ? dl::Rational::parseDecimal((*summary)->score) : std::nullopt;
        if (score) {
            const dl::AssessmentSummary &s = **summary;
            row.scored = true;
            row.layer = s.layer;
            row.level = s.level;
            row.score = *score;
            row.answered = s.answered;
            row.questions = s.questions;
        } else {
            scoreRow(store, row);
        }
        rows.push_back(std::move(row));
    }
    std::stable_sort(rows.begin(), rows.end(), [](const HistoryRow &a, const HistoryRow &b) {
        return a.record.createdAt > b.record.createdAt ||
               (a.record.createdAt == b.record.createdAt && a.record.id > b.record.id);
    });
    return rows;
}

HistoryModel::HistoryModel(const dl::Model &names, dl::Lang lang, QObject *parent)
    : QAbstractTableModel(parent)
    , m_names(names)
    , m_lang(lang)
{}

void HistoryModel::setRows(std::vector<HistoryRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::levelText(const HistoryRow &row) const
{
    if (!row.scored)
        return tr("not scored");
    return QString::fromStdString(dl::levelName(m_names, row.level, m_lang));
}

QString HistoryModel::upgradedFrom(const HistoryRow &row) const
{
    if (row.record.upgradedFrom.empty())
        return {};
    for (const HistoryRow &r : m_rows)
        if (r.record.uuid == row.record.upgradedFrom)
            return tr("%1 (version %2)")
                .arg(ResultsFormat::storedDate(r.record.createdAt),
                     QString::fromStdString(r.record.modelVersion));
    return QString::fromStdString(row.record.upgradedFrom);
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryRow &row = m_rows[std::size_t(index.row())];
    if (role == AssessmentIdRole)
        return QVariant::fromValue<qint64>(row.record.id);
    if (role == LevelRole)
        return row.scored ? row.level : -1;
    if (role == Qt::ToolTipRole && !row.problem.isEmpty())
        return row.problem;
    if (role == Qt::ToolTipRole && index.column() == ModelVersion)
        return upgradedFrom(row).isEmpty()
                   ? QString::fromStdString(row.record.modelId)
                   : tr("%1, upgraded from the assessment of %2")
                         .arg(QString::fromStdString(row.record.modelId), upgradedFrom(row));
    if (role == Qt::TextAlignmentRole && (index.column() == Score || index.column() == Answered))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Level && row.scored)
        return ResultsFormat::levelColor(row.level);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Date:
        return row.created.isValid() ? row.created.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                     : QString::fromStdString(row.record.createdAt);
    case ModelVersion:
        // An upgrade asks some questions differently from its source: say so where the
        // versions are read.
        return row.record.upgradedFrom.empty()
                   ? QString::fromStdString(row.record.modelVersion)
                   : tr("%1 (upgraded)").arg(QString::fromStdString(row.record.modelVersion));
    case Status:
        return ResultsFormat::statusText(row.record.status);
    case Phase:
        return QString::fromStdString(dl::label(row.record.phase, m_lang));
    case Mode:
        return ResultsFormat::modeText(row.record.mode);
    case Assessor:
        return QString::fromStdString(row.record.assessorName);
    case Layer:
        return row.scored ? ResultsFormat::layerText(row.layer) : QString();
    case Level:
        return levelText(row);
    case Score:
        return row.scored ? ResultsFormat::score(row.score) : QString();
    case Answered:
        return row.scored ? tr("%1 / %2").arg(row.answered).arg(row.questions) : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Date:
        return tr("Date");
    case ModelVersion:
        return tr("Model version");
    case Status:
        return tr("Status");
    case Phase:
        return tr("Phase");
    case Mode:
        return tr("Mode");
    case Assessor:
        return tr("Assessor");
    case Layer:
        return tr("Answers");
    case Level:
        return tr("Level");
    case Score:
        return tr("Base score");
    case Answered:
        return tr("Answered");
    case ColumnCount:
        break;
    }
    return {};
}
