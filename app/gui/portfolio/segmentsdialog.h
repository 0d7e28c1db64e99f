// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enterprise/records.h"

#include <QDialog>
#include <QHash>
#include <QList>

#include <vector>

class AppSession;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// 细分行业: the city office's named groups of enterprises, by GB/T 4754 codes and/or named
// members. Each Save or Remove is stored at once (dl::addSegment / updateSegment /
// removeSegment, one transaction each); a refused change says why and changes nothing.
class SegmentsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SegmentsDialog(AppSession &session, QWidget *parent = nullptr);

    // Stores the form (a new segment when none is selected); false when refused.
    bool save();
    void removeCurrent();
    // Adds the enterprise named in the member field (its exact name or credit code).
    bool addMember();

private:
    // Lists the segments again and selects the one with id `select` (0: the first, if any).
    void reloadList(std::int64_t select);
    void showSegment(int row);
    void showMembers();

    AppSession &m_session;
    std::vector<dl::Segment> m_segments;
    std::vector<std::int64_t> m_members;    // of the form
    QHash<QString, QList<qint64>> m_byName; // every enterprise, for naming a member
    QListWidget *m_list = nullptr;
    QLineEdit *m_nameZh = nullptr;
    QLineEdit *m_nameEn = nullptr;
    QLineEdit *m_industries = nullptr;
    QListWidget *m_memberList = nullptr;
    QLineEdit *m_member = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_remove = nullptr;
};
