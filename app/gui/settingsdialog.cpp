// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "appsettings.h"
#include "sync/serverpassword.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_dataDirectory(new QLineEdit(this))
    , m_assessorName(new QLineEdit(this))
    , m_assessorOrg(new QLineEdit(this))
    , m_minPeers(new QSpinBox(this))
    , m_serverUrl(new QLineEdit(this))
    , m_serverUser(new QLineEdit(this))
    , m_autoSync(new QSpinBox(this))
{
    setWindowTitle(tr("Settings"));
    const AppSettings s = AppSettings::load();
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(QStringLiteral("中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(s.language)));
    m_dataDirectory->setText(s.dataDirectory);
    m_dataDirectory->setPlaceholderText(QFileInfo(AppSettings{}.databasePath()).absolutePath());
    m_assessorName->setText(s.assessorName);
    m_assessorOrg->setText(s.assessorOrg);
    m_minPeers->setObjectName(QStringLiteral("minPeers"));
    m_minPeers->setRange(dl::kMinPeersFloor, 1000);
    m_minPeers->setValue(s.minPeers);
    m_minPeers->setSuffix(tr(" other enterprises"));
    m_minPeers->setToolTip(tr("The peer benchmark is shown only when the peer group has at least "
                              "this many other enterprises (never fewer than %1), so that no "
                              "competitor's result can be guessed.")
                               .arg(dl::kMinPeersFloor));

    m_serverUrl->setObjectName(QStringLiteral("serverUrl"));
    m_serverUrl->setText(s.serverUrl);
    m_serverUrl->setPlaceholderText(QStringLiteral("postgresql://db.example.org:5432/digilevel"));
    m_serverUrl->setToolTip(tr("The office's PostgreSQL, as a libpq connection string or URL "
                               "(sslmode as libpq defines it). Leave empty to work alone."));
    m_serverUser->setObjectName(QStringLiteral("serverUser"));
    m_serverUser->setText(s.serverUser);
    m_autoSync->setObjectName(QStringLiteral("autoSync"));
    m_autoSync->setRange(0, 24 * 60);
    m_autoSync->setValue(s.autoSyncMinutes);
    m_autoSync->setSpecialValueText(tr("only when asked"));
    m_autoSync->setSuffix(tr(" minutes"));
    auto *forget = new QPushButton(tr("&Forget the saved password"), this);
    forget->setObjectName(QStringLiteral("forgetPassword"));
    connect(forget, &QPushButton::clicked, this, [this] {
        ServerPassword::forget(m_serverUser->text().trimmed() + QLatin1Char('@') +
                               m_serverUrl->text().trimmed());
    });

    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::browseDataDirectory);
    auto *dirRow = new QHBoxLayout;
    dirRow->addWidget(m_dataDirectory, 1);
    dirRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Data directory:"), dirRow);
    form->addRow(tr("Default &assessor:"), m_assessorName);
    form->addRow(tr("&Organisation:"), m_assessorOrg);
    form->addRow(tr("Peer benchmark &from:"), m_minPeers);
    auto *server = new QGroupBox(tr("Team server"), this);
    auto *serverForm = new QFormLayout(server);
    serverForm->addRow(tr("Ser&ver:"), m_serverUrl);
    serverForm->addRow(tr("&User:"), m_serverUser);
    serverForm->addRow(tr("Synchronise &every:"), m_autoSync);
    serverForm->addRow(
        new QLabel(tr("The password is asked at the first synchronisation and kept in the "
                      "desktop's keyring where there is one, else for this session only."),
                   server));
    serverForm->addRow(forget);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(server);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void SettingsDialog::browseDataDirectory()
{
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Data directory"), m_dataDirectory->text());
    if (!dir.isEmpty())
        m_dataDirectory->setText(QDir::toNativeSeparators(dir));
}

void SettingsDialog::accept()
{
    const AppSettings before = AppSettings::load();
    AppSettings s = before;
    s.language = m_language->currentData().toString();
    s.dataDirectory = m_dataDirectory->text().trimmed();
    s.assessorName = m_assessorName->text().trimmed();
    s.assessorOrg = m_assessorOrg->text().trimmed();
    s.minPeers = m_minPeers->value();
    s.serverUrl = m_serverUrl->text().trimmed();
    s.serverUser = m_serverUser->text().trimmed();
    s.autoSyncMinutes = m_autoSync->value();
    if (!s.dataDirectory.isEmpty() && !QDir().mkpath(s.dataDirectory)) {
        QMessageBox::warning(this, tr("Settings"),
                             tr("The data directory %1 cannot be created. Choose another one.")
                                 .arg(s.dataDirectory));
        return;
    }
    s.save();
    // The language applies at once (AppShell); another database needs a new start.
    if (s.dataDirectory != before.dataDirectory)
        QMessageBox::information(this, tr("Settings"),
                                 tr("The data directory takes effect the next time DigiLevel "
                                    "starts."));
    QDialog::accept();
}
