// SPDX-License-Identifier: GPL-3.0-or-later
#include "portfoliofilterbar.h"

#include "enterprise/recordlabels.h"
#include "results/resultsformat.h"
#include "stdtext.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <set>

namespace {

// The date edits' minimum stands for "any date" (shown as the special value text).
const QDate kAnyDate(2000, 1, 1);

std::string dateText(const QDateEdit *edit)
{
    return edit->date() == kAnyDate ? std::string()
                                    : edit->date().toString(Qt::ISODate).toStdString();
}

} // namespace

PortfolioFilterBar::PortfolioFilterBar(dl::Lang lang, QWidget *parent)
    : QWidget(parent)
    , m_lang(lang)
{
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *grid = new QGridLayout;
    outer->addLayout(grid);
    outer->addStretch(1); // the fields keep their own width on a wide window
    int column = 0;
    int row = 0;
    auto place = [&](const QString &label, QWidget *w) {
        auto *l = new QLabel(label, this);
        l->setBuddy(w);
        grid->addWidget(l, row, column);
        grid->addWidget(w, row, column + 1);
        column += 2;
        if (column >= 14) {
            column = 0;
            ++row;
        }
    };

    m_province = addCombo(QStringLiteral("province"), true);
    place(tr("Province:"), m_province);
    m_city = addCombo(QStringLiteral("city"), true);
    place(tr("City:"), m_city);
    m_industry = new QLineEdit(this);
    m_industry->setObjectName(QStringLiteral("industry"));
    m_industry->setPlaceholderText(tr("C or C30"));
    m_industry->setMaximumWidth(90);
    connect(m_industry, &QLineEdit::textChanged, this, &PortfolioFilterBar::changed);
    place(tr("Industry:"), m_industry);
    m_segment = addCombo(QStringLiteral("segment"), true);
    place(tr("Segment:"), m_segment);
    m_size = addCombo(QStringLiteral("size"), false);
    m_size->addItem(tr("Any"));
    for (auto s :
         {dl::SizeClass::Micro, dl::SizeClass::Small, dl::SizeClass::Medium, dl::SizeClass::Large})
        m_size->addItem(ResultsFormat::sizeClassText(s), int(s));
    place(tr("Size:"), m_size);
    m_srdi = addCombo(QStringLiteral("srdi"), false);
    m_srdi->addItem(tr("Any"));
    for (auto s : {dl::SrdiStatus::None, dl::SrdiStatus::Innovative, dl::SrdiStatus::Provincial,
                   dl::SrdiStatus::LittleGiant})
        m_srdi->addItem(ResultsFormat::srdiText(s), int(s));
    place(tr("专精特新:"), m_srdi);
    m_pilot = addCombo(QStringLiteral("pilot"), false);
    m_pilot->addItem(tr("Any"));
    m_pilot->addItem(tr("Pilot"), true);
    m_pilot->addItem(tr("Not pilot"), false);
    place(tr("Pilot:"), m_pilot);

    m_batch = addCombo(QStringLiteral("batch"), true);
    place(tr("Batch:"), m_batch);
    m_organisation = addCombo(QStringLiteral("organisation"), true);
    m_organisation->setMinimumContentsLength(12);
    place(tr("Organisation:"), m_organisation);
    m_phase = addCombo(QStringLiteral("phase"), false);
    m_phase->addItem(tr("Any"));
    for (auto p :
         {dl::AssessmentPhase::Baseline, dl::AssessmentPhase::After, dl::AssessmentPhase::FollowUp})
        m_phase->addItem(qs(dl::label(p, lang)), int(p));
    place(tr("Phase:"), m_phase);
    for (QDateEdit **edit : {&m_from, &m_to}) {
        *edit = new QDateEdit(this);
        (*edit)->setObjectName(edit == &m_from ? QStringLiteral("from") : QStringLiteral("to"));
        (*edit)->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        (*edit)->setMinimumDate(kAnyDate);
        (*edit)->setSpecialValueText(tr("any date"));
        (*edit)->setCalendarPopup(true);
        (*edit)->setDate(kAnyDate);
        connect(*edit, &QDateEdit::dateChanged, this, &PortfolioFilterBar::changed);
    }
    place(tr("From:"), m_from);
    place(tr("To:"), m_to);
    m_group = addCombo(QStringLiteral("groupBy"), false);
    m_group->addItem(tr("No grouping"));
    for (auto g :
         {dl::PortfolioGroup::Segment, dl::PortfolioGroup::Organisation,
          dl::PortfolioGroup::Province, dl::PortfolioGroup::City, dl::PortfolioGroup::Division,
          dl::PortfolioGroup::Size, dl::PortfolioGroup::Srdi, dl::PortfolioGroup::Phase})
        m_group->addItem(qs(dl::label(g).get(lang)), int(g));
    place(tr("Group by:"), m_group);
    auto *resetButton = new QPushButton(tr("Reset"), this);
    resetButton->setObjectName(QStringLiteral("reset"));
    connect(resetButton, &QPushButton::clicked, this, &PortfolioFilterBar::reset);
    grid->addWidget(resetButton, row, column, 1, 2);
}

QComboBox *PortfolioFilterBar::addCombo(const QString &name, bool editable)
{
    auto *box = new QComboBox(this);
    box->setObjectName(name);
    box->setEditable(editable);
    // Long choices (专精特新 statuses, group names) elide rather than widen the whole column.
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(8);
    if (editable) {
        box->setInsertPolicy(QComboBox::NoInsert);
        box->lineEdit()->setPlaceholderText(tr("Any"));
        connect(box, &QComboBox::currentTextChanged, this, &PortfolioFilterBar::changed);
    } else {
        connect(box, &QComboBox::currentIndexChanged, this, &PortfolioFilterBar::changed);
    }
    return box;
}

QComboBox *PortfolioFilterBar::combo(const QString &objectName) const
{
    return findChild<QComboBox *>(objectName);
}

void PortfolioFilterBar::fillTexts(QComboBox *box, const QStringList &values)
{
    const QString current = box->currentText();
    box->clear();
    box->addItem(QString()); // any
    box->addItems(values);
    box->setCurrentIndex(-1);
    box->setEditText(current);
}

void PortfolioFilterBar::setChoices(const dl::PortfolioData &data,
                                    const std::vector<std::string> &organisations)
{
    std::set<std::string> provinces, cities, batches;
    for (const dl::PortfolioEnterprise &e : data.enterprises) {
        if (!e.province.empty())
            provinces.insert(e.province);
        if (!e.city.empty())
            cities.insert(e.city);
        if (!e.pilotBatch.empty())
            batches.insert(e.pilotBatch);
    }
    auto list = [](const auto &values) {
        QStringList out;
        for (const std::string &v : values)
            out << qs(v);
        return out;
    };
    const QSignalBlocker blockers[] = {QSignalBlocker(m_province), QSignalBlocker(m_city),
                                       QSignalBlocker(m_batch), QSignalBlocker(m_organisation),
                                       QSignalBlocker(m_segment)};
    fillTexts(m_province, list(provinces));
    fillTexts(m_city, list(cities));
    fillTexts(m_batch, list(batches));
    fillTexts(m_organisation, list(organisations));
    QStringList segments;
    for (const dl::Segment &s : data.segments)
        segments << qs(m_lang == dl::Lang::En && !s.nameEn.empty() ? s.nameEn : s.nameZh);
    fillTexts(m_segment, segments);
}

dl::PortfolioFilter PortfolioFilterBar::filter() const
{
    dl::PortfolioFilter f;
    f.province = m_province->currentText().trimmed().toStdString();
    f.city = m_city->currentText().trimmed().toStdString();
    f.industry = m_industry->text().trimmed().toUpper().toStdString();
    f.segment = m_segment->currentText().trimmed().toStdString();
    if (m_size->currentIndex() > 0)
        f.size = dl::SizeClass(m_size->currentData().toInt());
    if (m_srdi->currentIndex() > 0)
        f.srdi = dl::SrdiStatus(m_srdi->currentData().toInt());
    if (m_pilot->currentIndex() > 0)
        f.pilot = m_pilot->currentData().toBool();
    f.batch = m_batch->currentText().trimmed().toStdString();
    f.organisation = m_organisation->currentText().trimmed().toStdString();
    if (m_phase->currentIndex() > 0)
        f.phase = dl::AssessmentPhase(m_phase->currentData().toInt());
    f.from = dateText(m_from);
    f.to = dateText(m_to);
    return f;
}

std::optional<dl::PortfolioGroup> PortfolioFilterBar::groupBy() const
{
    if (m_group->currentIndex() <= 0)
        return std::nullopt;
    return dl::PortfolioGroup(m_group->currentData().toInt());
}

void PortfolioFilterBar::reset()
{
    {
        const QSignalBlocker blockers[] = {
            QSignalBlocker(m_province), QSignalBlocker(m_city),  QSignalBlocker(m_industry),
            QSignalBlocker(m_segment),  QSignalBlocker(m_size),  QSignalBlocker(m_srdi),
            QSignalBlocker(m_pilot),    QSignalBlocker(m_batch), QSignalBlocker(m_organisation),
            QSignalBlocker(m_phase),    QSignalBlocker(m_from),  QSignalBlocker(m_to),
            QSignalBlocker(m_group)};
        for (QComboBox *box : {m_province, m_city, m_segment, m_batch, m_organisation})
            box->setEditText(QString());
        m_industry->clear();
        for (QComboBox *box : {m_size, m_srdi, m_pilot, m_phase, m_group})
            box->setCurrentIndex(0);
        m_from->setDate(kAnyDate);
        m_to->setDate(kAnyDate);
    }
    emit changed();
}
