// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentsdialog.h"

#include "appsession.h"
#include "errordialog.h"
#include "stdtext.h"
#include "store/segments.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// "C30, C13 14" -> {"C30", "C13", "14"}: commas, Chinese commas and spaces all separate.
std::vector<std::string> splitCodes(const QString &text)
{
    std::vector<std::string> out;
    const QStringList parts = QString(text)
                                  .replace(QChar(0xFF0C), QLatin1Char(','))
                                  .replace(QLatin1Char(' '), QLatin1Char(','))
                                  .split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &p : parts)
        out.push_back(ss(p.trimmed().toUpper()));
    return out;
}

} // namespace

SegmentsDialog::SegmentsDialog(AppSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Segments (细分行业)"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("segments"));
    auto *add = new QPushButton(tr("&New segment"), this);
    add->setObjectName(QStringLiteral("newSegment"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeSegment"));
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto *leftButtons = new QHBoxLayout;
    leftButtons->addWidget(add);
    leftButtons->addWidget(m_remove);
    left->addLayout(leftButtons);

    m_nameZh = new QLineEdit(this);
    m_nameZh->setObjectName(QStringLiteral("nameZh"));
    m_nameEn = new QLineEdit(this);
    m_nameEn->setObjectName(QStringLiteral("nameEn"));
    m_industries = new QLineEdit(this);
    m_industries->setObjectName(QStringLiteral("industries"));
    m_industries->setPlaceholderText(tr("GB/T 4754 sections or divisions, e.g. C30, C13"));
    m_memberList = new QListWidget(this);
    m_memberList->setObjectName(QStringLiteral("members"));
    m_member = new QLineEdit(this);
    m_member->setObjectName(QStringLiteral("member"));
    m_member->setPlaceholderText(tr("Enterprise name or credit code, then Enter"));
    if (auto all = session.store().enterprises())
        for (const dl::Enterprise &e : *all)
            m_byName[qs(e.name)].push_back(e.id);
    auto *completer = new QCompleter(QStringList(m_byName.keyBegin(), m_byName.keyEnd()), m_member);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_member->setCompleter(completer);
    auto *removeMember = new QPushButton(tr("Remove &member"), this);
    removeMember->setObjectName(QStringLiteral("removeMember"));
    auto *save = new QPushButton(tr("&Save"), this);
    save->setObjectName(QStringLiteral("save"));
    save->setDefault(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Chinese &name:"), m_nameZh);
    form->addRow(tr("&English name:"), m_nameEn);
    form->addRow(tr("&Industries:"), m_industries);
    form->addRow(tr("Named &members:"), m_memberList);
    auto *memberRow = new QHBoxLayout;
    memberRow->addWidget(m_member, 1);
    memberRow->addWidget(removeMember);
    form->addRow(QString(), memberRow);
    auto *right = new QVBoxLayout;
    right->addLayout(form, 1);
    right->addWidget(m_message);
    right->addWidget(save, 0, Qt::AlignRight);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("An enterprise belongs to a segment when its industry falls "
                                    "under one of the codes, or when it is named as a member."),
                                 this));
    layout->addLayout(columns, 1);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &SegmentsDialog::showSegment);
    connect(add, &QPushButton::clicked, this, [this] {
        m_list->setCurrentRow(-1);
        showSegment(-1);
        m_nameZh->setFocus();
    });
    connect(m_remove, &QPushButton::clicked, this, &SegmentsDialog::removeCurrent);
    connect(save, &QPushButton::clicked, this, &SegmentsDialog::save);
    // Enter in the member field adds the member rather than pressing the default button.
    connect(m_member, &QLineEdit::returnPressed, this, &SegmentsDialog::addMember);
    connect(removeMember, &QPushButton::clicked, this, [this] {
        const int row = m_memberList->currentRow();
        if (row < 0 || row >= int(m_members.size()))
            return;
        m_members.erase(m_members.begin() + row);
        showMembers();
    });
    reloadList(0);
    resize(860, 520);
}

void SegmentsDialog::reloadList(std::int64_t select)
{
    auto all = dl::segments(m_session.store().db());
    if (!all) {
        m_message->setText(errorText(all.errors()));
        return;
    }
    m_segments = std::move(*all);
    const QSignalBlocker block(m_list);
    m_list->clear();
    int selected = -1;
    for (std::size_t k = 0; k < m_segments.size(); ++k) {
        const dl::Segment &s = m_segments[k];
        m_list->addItem(s.nameEn.empty()
                            ? qs(s.nameZh)
                            : QStringLiteral("%1  (%2)").arg(qs(s.nameZh), qs(s.nameEn)));
        if (s.id == select)
            selected = int(k);
    }
    if (selected < 0 && select == 0 && !m_segments.empty())
        selected = 0; // opening: the first, rather than an empty form
    m_list->setCurrentRow(selected);
    showSegment(selected);
}

void SegmentsDialog::showSegment(int row)
{
    const bool existing = row >= 0 && row < int(m_segments.size());
    const dl::Segment s = existing ? m_segments[std::size_t(row)] : dl::Segment{};
    m_nameZh->setText(qs(s.nameZh));
    m_nameEn->setText(qs(s.nameEn));
    QStringList codes;
    for (const std::string &c : s.industries)
        codes << qs(c);
    m_industries->setText(codes.join(QStringLiteral(", ")));
    m_members = s.members;
    showMembers();
    m_remove->setEnabled(existing);
    m_message->setText(existing ? QString() : tr("A new segment: fill in the form and save."));
}

void SegmentsDialog::showMembers()
{
    m_memberList->clear();
    for (std::int64_t id : m_members) {
        auto e = m_session.store().enterprise(id);
        m_memberList->addItem(e ? qs(e->name) : QStringLiteral("#%1").arg(id));
    }
}

bool SegmentsDialog::addMember()
{
    const QString text = m_member->text().trimmed();
    if (text.isEmpty())
        return false;
    std::int64_t id = 0;
    if (const auto named = m_byName.constFind(text); named != m_byName.constEnd()) {
        if (named->size() > 1) {
            m_message->setText(tr("%1 enterprises are named %2: enter the credit code instead.")
                                   .arg(named->size())
                                   .arg(text));
            return false;
        }
        id = named->front();
    } else {
        auto found = m_session.store().enterpriseByRef(ss(text));
        if (!found) {
            m_message->setText(errorText(found.errors()));
            return false;
        }
        id = found->id;
    }
    if (std::find(m_members.begin(), m_members.end(), id) == m_members.end())
        m_members.push_back(id);
    m_member->clear();
    m_message->clear();
    showMembers();
    return true;
}

bool SegmentsDialog::save()
{
    const int row = m_list->currentRow();
    dl::Segment s =
        row >= 0 && row < int(m_segments.size()) ? m_segments[std::size_t(row)] : dl::Segment{};
    s.nameZh = ss(m_nameZh->text().trimmed());
    s.nameEn = ss(m_nameEn->text().trimmed());
    s.industries = splitCodes(m_industries->text());
    s.members = m_members;
    std::int64_t id = s.id;
    if (s.id == 0) {
        auto added = dl::addSegment(m_session.store(), s);
        if (!added) {
            m_message->setText(errorText(added.errors()));
            return false;
        }
        id = added->id;
    } else if (auto done = dl::updateSegment(m_session.store(), s); !done) {
        m_message->setText(errorText(done.errors()));
        return false;
    }
    m_session.notifyEnterprisesChanged(); // the portfolio reads the segments again
    reloadList(id);
    m_message->setText(tr("Saved."));
    return true;
}

void SegmentsDialog::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= int(m_segments.size()))
        return;
    const dl::Segment &s = m_segments[std::size_t(row)];
    if (QMessageBox::question(this, tr("Remove segment"),
                              tr("Remove the segment %1? Its enterprises and their assessments "
                                 "stay.")
                                  .arg(qs(s.nameZh))) != QMessageBox::Yes)
        return;
    if (auto done = dl::removeSegment(m_session.store(), s.id); !done) {
        m_message->setText(errorText(done.errors()));
        return;
    }
    m_session.notifyEnterprisesChanged();
    reloadList(0);
}
