// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QWidget>

#include <optional>
#include <vector>

class AppSession;
class EnterpriseListPanel;
class EnterpriseTableModel;
class QAction;
class QStackedWidget;
class QTableView;
class WelcomePanel;

// The home screen: the enterprise list with live search and level and status filters, and the
// actions on the selected enterprise (profile, new assessment, questionnaire, on-site
// verification, results, history) and on files (import, export). An empty database shows a
// welcome panel instead, with a way to add the bundled example enterprise. The list is read in
// the background when the page is made; until the rows are in, the list says it is loading.
class HomePage : public QWidget
{
    Q_OBJECT

public:
    explicit HomePage(AppSession &session, QWidget *parent = nullptr);
    ~HomePage() override;

    EnterpriseTableModel *model() const { return m_model; }
    QTableView *view() const;
    bool isWelcomeShown() const;
    // While the enterprise list is read after start (see EnterpriseTableModel::loadInBackground).
    bool isLoadingShown() const;
    // The enterprise of the current row, or 0 when none is selected.
    qint64 currentEnterprise() const;
    // Makes the enterprise the current row, clearing the filters if they hide it.
    void selectEnterprise(qint64 enterpriseId);
    // The list narrowed to a group of enterprises the portfolio opened.
    void showGroup(const QString &title, const QSet<qint64> &enterpriseIds);

public slots:
    void newEnterprise();
    void importBundle();
    // Imports bundles named outside the program (a .dlb opened from the file manager): the same
    // import, progress and report as File ▸ Import bundle after the file dialog.
    void importBundleFiles(const QStringList &paths);
    void exportBundle();
    // PDF reports of the selected (or all) enterprises into a folder.
    void exportReports();
    void editProfile();
    void newAssessment();
    void continueQuestionnaire();
    void verifyOnSite();
    void showResults();
    void showHistory();
    // The latest assessment to the bundled model version, previewed first (UpgradeDialog);
    // the new assessment opens in the questionnaire.
    void upgradeAssessment();
    void openExample();

signals:
    // The enterprise list shows the database's rows (after every read of them).
    void listReady();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildActions();
    WelcomePanel *welcome();
    void reloaded(const QString &error);
    void updateActions();
    void exportCsv(bool answers);
    void setMessage(const QString &text);
    std::optional<qint64> currentAssessment() const;

    AppSession &m_session;
    EnterpriseTableModel *m_model = nullptr;
    QStackedWidget *m_stack = nullptr;
    WelcomePanel *m_welcome = nullptr; // see welcome()
    EnterpriseListPanel *m_list = nullptr;
    QAction *m_newEnterprise = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_newAssessment = nullptr;
    QAction *m_continue = nullptr;
    QAction *m_verify = nullptr;
    QAction *m_results = nullptr;
    QAction *m_history = nullptr;
    QAction *m_upgrade = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
};
