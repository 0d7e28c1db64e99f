// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportbatchdialog.h"
#include "errordialog.h"
#include "stdtext.h"
#include "store/portfolio.h"

#include "appsession.h"
#include "appsettings.h"
#include "reportbatch.h"
#include "transferprogress.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace {

const QString kFolderKey = QStringLiteral("home/reportFolder");

// Two radio buttons in a row of the form, the first checked.
std::pair<QRadioButton *, QRadioButton *> choiceRow(QFormLayout *form,
                                                    const QString &label,
                                                    const QString &first,
                                                    const QString &second,
                                                    QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *a = new QRadioButton(first, row);
    auto *b = new QRadioButton(second, row);
    a->setChecked(true); // one group: siblings in the same parent
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(a);
    layout->addWidget(b);
    layout->addStretch();
    form->addRow(label, row);
    return {a, b};
}

} // namespace

ReportBatchDialog::ReportBatchDialog(int selectedEnterprises,
                                     int allEnterprises,
                                     dl::Lang lang,
                                     QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("PDF reports"));
    auto *form = new QFormLayout;
    // "Selected" first when there is a partial selection: the usual case.
    const bool partial = selectedEnterprises > 0 && selectedEnterprises < allEnterprises;
    QRadioButton *all = nullptr;
    std::tie(m_selected, all) = choiceRow(
        form, tr("Enterprises:"), tr("the %1 selected").arg(std::max(selectedEnterprises, 0)),
        tr("all %1").arg(allEnterprises), this);
    if (!partial) {
        all->setChecked(true);
        m_selected->setEnabled(false);
    }
    m_every = choiceRow(form, tr("Assessments:"), tr("the latest of each enterprise"),
                        tr("every assessment"), this)
                  .second;
    m_verified = choiceRow(form, tr("Answers:"), tr("self-assessed"),
                           tr("verified on site (self-assessed where not verified)"), this)
                     .second;
    m_lang = new QComboBox(this);
    m_lang->addItem(QStringLiteral("中文"), int(dl::Lang::ZhCN));
    m_lang->addItem(QStringLiteral("English"), int(dl::Lang::En));
    m_lang->setCurrentIndex(lang == dl::Lang::ZhCN ? 0 : 1);
    form->addRow(tr("Language:"), m_lang);

    m_folder = new QLineEdit(
        QSettings()
            .value(kFolderKey, QDir::home().filePath(QStringLiteral("DigiLevel reports")))
            .toString(),
        this);
    m_folder->setObjectName(QStringLiteral("folder"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Folder for the reports"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(dir));
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    form->addRow(tr("Folder:"), folderRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Write reports"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportBatchDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

ReportBatchDialog::Choice ReportBatchDialog::choice() const
{
    Choice c;
    c.allEnterprises = !m_selected->isChecked();
    c.everyAssessment = m_every->isChecked();
    c.verified = m_verified->isChecked();
    c.lang = dl::Lang(m_lang->currentData().toInt());
    c.folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    return c;
}

void ReportBatchDialog::accept()
{
    const QString folder = choice().folder;
    if (folder.isEmpty() || !QDir().mkpath(folder)) {
        QMessageBox::warning(this, windowTitle(),
                             tr("The folder \"%1\" cannot be created. Choose another one.")
                                 .arg(QDir::toNativeSeparators(folder)));
        m_folder->setFocus();
        return;
    }
    QSettings().setValue(kFolderKey, QDir::toNativeSeparators(folder));
    QDialog::accept();
}

QString ReportBatchDialog::chooseAndWrite(AppSession &session,
                                          const std::vector<qint64> &selected,
                                          int enterpriseCount,
                                          QWidget *parent)
{
    if (enterpriseCount == 0)
        return tr("There is nothing to report yet.");
    ReportBatchDialog dialog(int(selected.size()), enterpriseCount, session.lang(), parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return write(session, selected, dialog.choice(), parent);
}

QString ReportBatchDialog::write(AppSession &session,
                                 const std::vector<qint64> &enterprises,
                                 const Choice &choice,
                                 QWidget *parent)
{
    dl::Store &store = session.store();
    auto all = store.assessments();
    if (!all) {
        showErrors(parent, tr("The reports could not be written."), all.errors());
        return tr("No reports were written.");
    }
    // Every assessment in the store's order, or each enterprise's newest.
    const std::set<qint64> wanted(enterprises.begin(), enterprises.end());
    std::vector<dl::AssessmentRecord> chosen;
    std::map<qint64, std::size_t> latest; // enterprise -> its entry in chosen
    for (const dl::AssessmentRecord &a : *all) {
        if (!choice.allEnterprises && !wanted.count(a.enterpriseId))
            continue;
        if (choice.everyAssessment) {
            chosen.push_back(a);
            continue;
        }
        const auto [it, added] = latest.emplace(a.enterpriseId, chosen.size());
        if (added)
            chosen.push_back(a);
        else if (std::tie(a.createdAt, a.id) >
                 std::tie(chosen[it->second].createdAt, chosen[it->second].id))
            chosen[it->second] = a;
    }
    if (chosen.empty())
        return tr("The chosen enterprises have no assessment to report.");

    // The peer benchmark ranks by the cached summaries: score what is not cached yet.
    if (auto refreshed = dl::refreshSummaries(store); !refreshed)
        return errorText(refreshed.errors());
    TransferProgress progress(tr("Writing the reports…"), parent);
    progress.dialog().setCancelButtonText(tr("Stop"));
    const dl::Progress advance = progress.callback();
    const auto result = dl::report::writeBatch(
        store, chosen, QDir(choice.folder).absolutePath().toStdString(), choice.lang,
        [&](const dl::AssessmentRecord &a) {
            if (!choice.verified)
                return dl::Layer::Self;
            auto verified = dl::report::hasVerifiedAnswers(store, a.id);
            return verified && *verified ? dl::Layer::Verified : dl::Layer::Self;
        },
        [&](int k, int total, const std::string &name, const std::string &) {
            progress.dialog().setLabelText(
                tr("Writing report %1 of %2: %3").arg(k + 1).arg(total).arg(qs(name)));
            return advance(k, total);
        },
        0, AppSettings::load().minPeers);
    advance(int(chosen.size()), int(chosen.size()));
    QStringList failures;
    for (const dl::report::BatchFailure &f : result.failures)
        failures << QStringLiteral("%1: %2").arg(qs(f.enterpriseName), errorText(f.errors));
    if (!failures.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("PDF reports"),
                        tr("%1 of the reports could not be written.").arg(failures.size()),
                        QMessageBox::Ok, parent);
        box.setDetailedText(failures.join(QLatin1Char('\n')));
        box.exec();
    }
    return tr("%1 of %2 reports written to %3.")
        .arg(result.written)
        .arg(chosen.size())
        .arg(QDir::toNativeSeparators(choice.folder));
}
