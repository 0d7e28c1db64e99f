// SPDX-License-Identifier: GPL-3.0-or-later
#include "questionnairetreemodel.h"
#include "stdtext.h"

#include "questionnairedata.h"

#include <QColor>
#include <QFont>

namespace {} // namespace

QuestionnaireTreeModel::QuestionnaireTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

int QuestionnaireTreeModel::addNode(int parent,
                                    const QString &name,
                                    int entry,
                                    const QString &toolTip)
{
    Node n;
    n.parent = parent;
    n.name = name;
    n.entry = entry;
    n.toolTip = toolTip;
    const int id = int(m_nodes.size());
    std::vector<int> &siblings = parent < 0 ? m_roots : m_nodes[parent].children;
    n.row = int(siblings.size());
    siblings.push_back(id);
    m_nodes.push_back(std::move(n));
    if (entry >= 0)
        m_entryNode[entry] = id;
    return id;
}

void QuestionnaireTreeModel::setData(const QuestionnaireData *data, dl::Lang lang, bool verify)
{
    beginResetModel();
    m_data = data;
    m_lang = lang;
    m_verify = verify;
    m_nodes.clear();
    m_roots.clear();
    m_entryNode.assign(data ? data->entries().size() : 0, -1);
    if (data) {
        // Entries come in tree order (see QuestionnaireData), so the leaves take them in turn.
        int next = 0;
        const QString industry = qs(data->assessment().enterprise.industry);
        auto leaf = [&](int parent, const QString &name, bool constrained) {
            const int e = next++;
            QString tip;
            if (!data->enabled(e))
                tip = industry.isEmpty()
                          ? tr("Not asked: the model asks this only in some industries, and no "
                               "industry is set for this enterprise.")
                          : tr("Not asked for this enterprise's industry (%1).").arg(industry);
            else if (constrained)
                tip = tr("Constrained scenario (约束性): counts towards the constrained "
                         "scenarios a level needs.");
            addNode(parent, constrained ? QStringLiteral("★ ") + name : name, e, tip);
        };
        for (int s : data->sets()) {
            const dl::Model &m = data->model(s);
            const int root = s < 0 ? -1
                                   : addNode(-1, qs(m.title.get(lang)), -1,
                                             tr("A DigiLevel addition for this industry: scored "
                                                "beside the official result, never part of it."));
            for (const dl::Dimension &d : m.dimensions) {
                const int dn = addNode(root, qs(d.name.get(lang)));
                for (int sub : d.subdimensions) {
                    const int sn = addNode(dn, qs(m.subdimensions[sub].name.get(lang)));
                    for (int i : m.subdimensions[sub].items)
                        leaf(sn, qs(m.items[i].name.get(lang)), false);
                }
            }
            for (const dl::ScenarioGroup &g : m.groups) {
                const int gn = addNode(root, qs(g.name.get(lang)));
                for (int i : g.scenarios)
                    leaf(gn, qs(m.scenarios[i].name.get(lang)), m.scenarios[i].constrained);
            }
        }
        Q_ASSERT(next == int(data->entries().size()));
    }
    for (int r : m_roots)
        count(r);
    endResetModel();
}

void QuestionnaireTreeModel::count(int node)
{
    Node &n = m_nodes[node];
    n.total = n.done = 0;
    n.differs = false;
    if (n.entry >= 0) {
        const auto layer =
            m_verify ? QuestionnaireData::Layer::Verified : QuestionnaireData::Layer::Self;
        if (m_data->enabled(n.entry)) {
            n.total = 1;
            n.done = m_data->answered(n.entry, layer) ? 1 : 0;
            n.differs = m_verify && m_data->differs(n.entry);
        }
        return;
    }
    for (int c : n.children) {
        count(c);
        n.total += m_nodes[c].total;
        n.done += m_nodes[c].done;
        n.differs = n.differs || m_nodes[c].differs;
    }
}

void QuestionnaireTreeModel::refresh()
{
    if (!m_data || m_nodes.empty())
        return;
    for (int r : m_roots)
        count(r);
    // Every row may change (a shared figure answers two items): tell the view about all of them.
    std::vector<QModelIndex> parents{QModelIndex()};
    while (!parents.empty()) {
        const QModelIndex p = parents.back();
        parents.pop_back();
        const int rows = rowCount(p);
        if (rows == 0)
            continue;
        emit dataChanged(index(0, 0, p), index(rows - 1, 1, p));
        for (int r = 0; r < rows; ++r)
            parents.push_back(index(r, 0, p));
    }
}

QModelIndex QuestionnaireTreeModel::indexForEntry(int entry) const
{
    if (entry < 0 || entry >= int(m_entryNode.size()))
        return {};
    const int node = m_entryNode[entry];
    return createIndex(m_nodes[node].row, 0, quintptr(node));
}

const std::vector<int> &QuestionnaireTreeModel::childrenOf(const QModelIndex &parent) const
{
    return parent.isValid() ? m_nodes[parent.internalId()].children : m_roots;
}

QModelIndex QuestionnaireTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, quintptr(childrenOf(parent)[row]));
}

QModelIndex QuestionnaireTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int p = m_nodes[child.internalId()].parent;
    return p < 0 ? QModelIndex() : createIndex(m_nodes[p].row, 0, quintptr(p));
}

int QuestionnaireTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(childrenOf(parent).size());
}

int QuestionnaireTreeModel::columnCount(const QModelIndex &) const
{
    return 2;
}

QString QuestionnaireTreeModel::leafMark(const Node &n) const
{
    if (n.total == 0)
        return QStringLiteral("—");
    if (n.differs)
        return QStringLiteral("≠");
    return n.done ? QStringLiteral("✓") : QStringLiteral("○");
}

QVariant QuestionnaireTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node &n = m_nodes[index.internalId()];
    const bool leaf = n.entry >= 0;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == 0)
            return n.name;
        return leaf ? leafMark(n) : QStringLiteral("%1/%2").arg(n.done).arg(n.total);
    case Qt::ToolTipRole:
        if (n.differs && leaf)
            return tr("The verified answer differs from the enterprise's answer.");
        // The full name too, since a long one is elided in the narrow column.
        return n.toolTip.isEmpty() ? n.name : n.name + QLatin1Char('\n') + n.toolTip;
    case Qt::ForegroundRole:
        if (n.total == 0)
            return QColor(Qt::gray);
        if (index.column() == 1 && n.differs)
            return QColor(0xc0, 0x50, 0x00);
        if (index.column() == 1 && n.done == n.total)
            return QColor(0x1b, 0x7f, 0x3a);
        return {};
    case Qt::FontRole:
        if (!leaf && n.parent < 0) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == 1 ? QVariant(Qt::AlignCenter) : QVariant();
    case Qt::AccessibleTextRole:
        if (index.column() == 1 && leaf)
            return n.total == 0 ? tr("not asked")
                   : n.differs  ? tr("verified, differs")
                   : n.done     ? (m_verify ? tr("verified") : tr("answered"))
                                : (m_verify ? tr("not verified") : tr("not answered"));
        return {};
    case EntryRole:
        return n.entry;
    case IdRole:
        return leaf ? qs(m_data->entries()[n.entry].id) : QString();
    default:
        return {};
    }
}

QVariant
QuestionnaireTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return tr("Question");
    return m_verify ? tr("Verified") : tr("Done");
}
