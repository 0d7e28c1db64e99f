// SPDX-License-Identifier: GPL-3.0-or-later
#include "enterpriselistpanel.h"
#include "stdtext.h"

#include "actionrow.h"
#include "appsession.h"
#include "enterprisetablemodel.h"
#include "firstpaint.h"
#include "homelabels.h"
#include "model/model.h"
#include "plainheaderview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// Versioned: a header saved with other columns would restore widths onto the wrong ones.
const QString kHeaderKey = QStringLiteral("home/header-v2");

} // namespace

EnterpriseListPanel::EnterpriseListPanel(AppSession &session,
                                         EnterpriseTableModel *model,
                                         QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(model)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search name, credit code, industry or region (Ctrl+F)"));
    // The clear button's icon is looked up in the icon themes (milliseconds); it shows only once
    // there is text, so it can wait until the window is on screen.
    whenFirstPainted(this, [this] { m_search->setClearButtonEnabled(true); });
    m_search->installEventFilter(this);
    auto *find =
        new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_search, &QLineEdit::textChanged, m_model, &EnterpriseTableModel::setSearchText);

    m_levelFilter = new QComboBox(this);
    m_levelFilter->setObjectName(QStringLiteral("levelFilter"));
    m_levelFilter->addItem(tr("All levels"), EnterpriseTableModel::AnyLevel);
    m_levelFilter->addItem(tr("Not scored"), EnterpriseTableModel::NotScored);
    // The level names come from the bundled model; at start it may still be loading in another
    // thread, and the window need not wait for it: the names can follow the first paint.
    auto addLevels = [this] {
        for (int level = 0; level <= 4; ++level)
            m_levelFilter->insertItem(
                1 + level,
                qs(dl::levelName(m_session.builtinModels().model, level, m_session.lang())), level);
    };
    if (m_session.isBuiltinModelReady())
        addLevels();
    else
        whenFirstPainted(this, addLevels);
    connect(m_levelFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setLevelFilter(m_levelFilter->currentData().toInt()); });
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("All statuses"), QString());
    m_statusFilter->addItem(tr("No assessment"), QStringLiteral("none"));
    for (dl::AssessmentStatus s : {dl::AssessmentStatus::Draft, dl::AssessmentStatus::Submitted,
                                   dl::AssessmentStatus::Verified})
        m_statusFilter->addItem(HomeLabels::status(s, m_session.lang()), QLatin1String(dl::key(s)));
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setStatusFilter(m_statusFilter->currentData().toString()); });

    m_subset = new QWidget(this);
    m_subset->setObjectName(QStringLiteral("subset"));
    auto *subsetLayout = new QHBoxLayout(m_subset);
    subsetLayout->setContentsMargins(6, 2, 2, 2);
    m_subset->setStyleSheet(QStringLiteral("#subset { background: #e3f2fd; border: 1px solid "
                                           "#90caf9; border-radius: 3px; }"));
    m_subsetTitle = new QLabel(m_subset);
    m_subsetTitle->setObjectName(QStringLiteral("subsetTitle"));
    subsetLayout->addWidget(m_subsetTitle);
    auto *showAll = new QToolButton(m_subset);
    showAll->setObjectName(QStringLiteral("clearSubset"));
    showAll->setText(tr("Show all"));
    showAll->setToolTip(tr("Show every enterprise again"));
    subsetLayout->addWidget(showAll);
    connect(showAll, &QToolButton::clicked, this, &EnterpriseListPanel::clearSubset);
    m_subset->hide();

    m_actions = new ActionRow(this);

    m_view = new QTableView(this);
    m_view->setHorizontalHeader(new PlainHeaderView(Qt::Horizontal, m_view));
    // Hidden while the loading line stands in for the table (setLoading): a shown header
    // measures every column title as soon as the model is set, before the first paint that
    // does not show it.
    m_view->horizontalHeader()->hide();
    m_view->setObjectName(QStringLiteral("enterprises"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    restoreHeader();
    m_view->setSortingEnabled(true);
    // Enter and double click: the platform's "activate".
    connect(m_view, &QTableView::activated, this, &EnterpriseListPanel::activated);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateStatus();
        emit selectionChanged();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &EnterpriseListPanel::selectionChanged);

    m_loading = new QLabel(this);
    m_loading->setObjectName(QStringLiteral("loading"));
    m_loading->setAlignment(Qt::AlignCenter);
    m_loading->setEnabled(false); // greyed: nothing to act on yet
    m_viewStack = new QStackedWidget(this);
    m_viewStack->addWidget(m_view);
    m_viewStack->addWidget(m_loading);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_subset);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_levelFilter);
    filters->addWidget(m_statusFilter);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status);
    bottom->addStretch();
    bottom->addWidget(m_message);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_actions);
    layout->addLayout(filters);
    layout->addWidget(m_viewStack, 1);
    layout->addLayout(bottom);

    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keepSelected.clear();
        for (qint64 id : selectedEnterprises())
            m_keepSelected.insert(id);
        m_keepCurrent = currentEnterprise();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // One range per run of adjacent rows: a selection of thousands stays cheap.
        QItemSelection selection;
        const std::vector<int> rows = m_model->rowsOfEnterprises(m_keepSelected);
        for (std::size_t i = 0; i < rows.size();) {
            std::size_t j = i + 1;
            while (j < rows.size() && rows[j] == rows[j - 1] + 1)
                ++j;
            selection.select(m_model->index(rows[i], 0),
                             m_model->index(rows[j - 1], EnterpriseTableModel::ColumnCount - 1));
            i = j;
        }
        m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        const int current = m_keepCurrent ? m_model->rowOfEnterprise(m_keepCurrent) : -1;
        if (current >= 0)
            m_view->selectionModel()->setCurrentIndex(m_model->index(current, 0),
                                                      QItemSelectionModel::NoUpdate);
        fitColumns();
        updateStatus();
        emit selectionChanged();
    });
    updateStatus();
}

EnterpriseListPanel::~EnterpriseListPanel()
{
    saveHeader();
}

void EnterpriseListPanel::restoreHeader()
{
    QHeaderView *header = m_view->horizontalHeader();
    header->setSortIndicator(EnterpriseTableModel::LastChange, Qt::DescendingOrder); // recent first
    m_headerRestored = header->restoreState(QSettings().value(kHeaderKey).toByteArray());
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    fitColumns();
}

void EnterpriseListPanel::fitColumns()
{
    // Until the user has sized the columns (saved with the header state): fit the first rows'
    // text, within bounds so that a long industry name does not push the rest out of sight.
    if (m_headerRestored || m_model->rowCount() == 0)
        return;
    QHeaderView *header = m_view->horizontalHeader();
    header->setResizeContentsPrecision(200);
    for (int c = 0; c < EnterpriseTableModel::ColumnCount; ++c) {
        m_view->resizeColumnToContents(c);
        const int most = c == EnterpriseTableModel::Name       ? 300
                         : c == EnterpriseTableModel::Industry ? 220
                                                               : 160;
        header->resizeSection(c, std::min(header->sectionSize(c) + 4, most));
    }
    m_headerRestored = true;
}

void EnterpriseListPanel::saveHeader() const
{
    QSettings().setValue(kHeaderKey, m_view->horizontalHeader()->saveState());
}

void EnterpriseListPanel::updateStatus()
{
    if (isLoadingShown())
        return; // the loading line stays until the rows are in
    QString text = tr("%1 of %2 enterprises").arg(m_model->rowCount()).arg(m_model->totalCount());
    const int selected = int(m_view->selectionModel()->selectedRows().size());
    if (selected > 1)
        text = tr("%1 · %2 selected").arg(text).arg(selected);
    m_status->setText(text);
}

void EnterpriseListPanel::setLoading(int enterprises)
{
    if (enterprises < 0) {
        m_view->horizontalHeader()->show();
        if (m_viewStack->currentWidget() != m_view) {
            m_viewStack->setCurrentWidget(m_view);
            updateStatus();
        }
        return;
    }
    // Digits as in the count below the list once the rows are in.
    const QString text = tr("Loading %1 enterprises…").arg(enterprises);
    m_loading->setText(text);
    m_status->setText(text);
    m_viewStack->setCurrentWidget(m_loading);
    m_view->horizontalHeader()->hide();
}

bool EnterpriseListPanel::isLoadingShown() const
{
    return m_viewStack->currentWidget() == m_loading;
}

void EnterpriseListPanel::showSubset(const QString &title, const QSet<qint64> &enterpriseIds)
{
    m_subsetTitle->setText(title);
    m_subset->show();
    m_model->setSubset(enterpriseIds);
}

void EnterpriseListPanel::clearSubset()
{
    m_subset->hide();
    m_subsetTitle->clear();
    m_model->setSubset(std::nullopt);
}

QString EnterpriseListPanel::subsetTitle() const
{
    return m_subset->isHidden() ? QString() : m_subsetTitle->text();
}

void EnterpriseListPanel::setMessage(const QString &text)
{
    m_message->setText(text);
}

qint64 EnterpriseListPanel::currentEnterprise() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (current.isValid() && m_view->selectionModel()->isRowSelected(current.row()))
        return m_model->enterpriseId(current.row());
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->enterpriseId(rows.first().row());
}

std::vector<qint64> EnterpriseListPanel::selectedEnterprises() const
{
    std::vector<qint64> ids;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        ids.push_back(m_model->enterpriseId(i.row()));
    return ids;
}

void EnterpriseListPanel::selectEnterprise(qint64 enterpriseId)
{
    if (m_model->rowOfEnterprise(enterpriseId) < 0) {
        m_search->clear();
        m_levelFilter->setCurrentIndex(0);
        m_statusFilter->setCurrentIndex(0);
        clearSubset();
    }
    const int row = m_model->rowOfEnterprise(enterpriseId);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

bool EnterpriseListPanel::eventFilter(QObject *watched, QEvent *event)
{
    // From the search field: Down or Enter goes to the list, Escape clears the search.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) &&
            m_model->rowCount() > 0) {
            if (!m_view->selectionModel()->hasSelection())
                m_view->selectRow(0);
            m_view->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
        if (key == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
