// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/localtext.h"
#include "portfolio/portfoliofilter.h"

#include <QWidget>

#include <optional>
#include <string>
#include <vector>

class QComboBox;
class QDateEdit;
class QLineEdit;

// The portfolio's filters and its group-by choice. Every change emits changed(); the page
// aggregates again. Text fields left empty and "any" choices do not narrow anything.
class PortfolioFilterBar : public QWidget
{
    Q_OBJECT

public:
    PortfolioFilterBar(dl::Lang lang, QWidget *parent = nullptr);

    // The choices the combos offer, from the data read; what is chosen stays when it still fits.
    void setChoices(const dl::PortfolioData &data, const std::vector<std::string> &organisations);

    dl::PortfolioFilter filter() const;
    std::optional<dl::PortfolioGroup> groupBy() const;

    // For the tests and the screenshot tour; names as the widgets' object names.
    QComboBox *combo(const QString &objectName) const;
    QLineEdit *industryEdit() const { return m_industry; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }

public slots:
    void reset();

signals:
    void changed();

private:
    QComboBox *addCombo(const QString &name, bool editable);
    static void fillTexts(QComboBox *box, const QStringList &values);

    dl::Lang m_lang;
    QComboBox *m_province = nullptr;
    QComboBox *m_city = nullptr;
    QLineEdit *m_industry = nullptr;
    QComboBox *m_segment = nullptr;
    QComboBox *m_size = nullptr;
    QComboBox *m_srdi = nullptr;
    QComboBox *m_pilot = nullptr;
    QComboBox *m_batch = nullptr;
    QComboBox *m_organisation = nullptr;
    QComboBox *m_phase = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_group = nullptr;
};
