// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QWidget>

#include <vector>

class ActionRow;
class AppSession;
class EnterpriseTableModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;

// The enterprise list as the home page shows it: a row of action buttons (the page fills it), the
// search field (Ctrl+F; Down or Enter goes to the list, Escape clears it), the level and status
// filters, the table (sortable, whole rows, the header's state kept in the settings) and a status
// line. The selection follows its enterprises through reloads and filters.
class EnterpriseListPanel : public QWidget
{
    Q_OBJECT

public:
    EnterpriseListPanel(AppSession &session, EnterpriseTableModel *model, QWidget *parent);
    ~EnterpriseListPanel() override;

    ActionRow *actions() const { return m_actions; }
    QTableView *view() const { return m_view; }
    // The enterprise of the current row (when selected, else the first selected), or 0.
    qint64 currentEnterprise() const;
    std::vector<qint64> selectedEnterprises() const;
    // Makes the enterprise the current row, clearing the filters if they hide it.
    void selectEnterprise(qint64 enterpriseId);
    // A line about the last operation, beside the count.
    void setMessage(const QString &text);
    // Shows only these enterprises, with a line naming the group and a button that shows all
    // again (the portfolio opens a group this way); the other filters still apply within it.
    void showSubset(const QString &title, const QSet<qint64> &enterpriseIds);
    void clearSubset();
    QString subsetTitle() const;
    // While the rows are read: a line saying so, for this many enterprises, in place of the
    // table; the search field and filters stay usable and apply when the rows are in.
    // A negative count shows the table again.
    void setLoading(int enterprises);
    bool isLoadingShown() const;
    void saveHeader() const;

signals:
    void selectionChanged();
    // Enter or a double click on a row.
    void activated();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restoreHeader();
    void fitColumns();
    void updateStatus();

    AppSession &m_session;
    EnterpriseTableModel *m_model;
    ActionRow *m_actions = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_levelFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_loading = nullptr;
    QStackedWidget *m_viewStack = nullptr; // the table, or the loading line
    QLabel *m_status = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_subset = nullptr; // the group shown, with its clear button
    QLabel *m_subsetTitle = nullptr;
    QSet<qint64> m_keepSelected; // across a reset of the model (a reload or a new filter)
    qint64 m_keepCurrent = 0;
    bool m_headerRestored = false; // or fitted to the rows once
};
