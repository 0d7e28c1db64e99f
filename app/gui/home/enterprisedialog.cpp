// SPDX-License-Identifier: GPL-3.0-or-later
#include "enterprisedialog.h"
#include "errordialog.h"

#include "appsession.h"
#include "enterprise/creditcode.h"
#include "enterprise/enterpriseprofile.h"
#include "enterprise/sizeclass.h"
#include "homelabels.h"
#include "industrypickerdialog.h"
#include "model/industry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// The 31 provincial-level divisions of the mainland, as registered addresses write them.
const char *const kProvinces[] = {
    "北京市",          "天津市",         "河北省", "山西省", "内蒙古自治区", "辽宁省",
    "吉林省",          "黑龙江省",       "上海市", "江苏省", "浙江省",       "安徽省",
    "福建省",          "江西省",         "山东省", "河南省", "湖北省",       "湖南省",
    "广东省",          "广西壮族自治区", "海南省", "重庆市", "四川省",       "贵州省",
    "云南省",          "西藏自治区",     "陕西省", "甘肃省", "青海省",       "宁夏回族自治区",
    "新疆维吾尔自治区"};

constexpr int kCreditCodeLength = 18;

// A field with its message underneath (hidden while there is nothing to say).
// A field with its message underneath (hidden while there is nothing to say). `focus` takes the
// focus when the row's label is activated by its accelerator.
QWidget *withMessage(QLayout *field, QLabel *message, QWidget *focus)
{
    auto *box = new QWidget;
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addLayout(field);
    if (message) {
        v->addWidget(message);
        message->setWordWrap(true);
        message->hide();
    }
    box->setFocusProxy(focus);
    return box;
}

QHBoxLayout *row(QWidget *w)
{
    auto *h = new QHBoxLayout;
    h->addWidget(w);
    return h;
}

std::optional<dl::Rational> decimal(const QLineEdit *edit, bool *bad)
{
    const QString t = edit->text().trimmed();
    if (t.isEmpty())
        return std::nullopt;
    auto v = dl::Rational::parseDecimal(t.toStdString());
    if (!v)
        *bad = true;
    return v;
}

} // namespace

EnterpriseDialog::EnterpriseDialog(AppSession &session,
                                   std::optional<dl::Enterprise> existing,
                                   QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(existing ? tr("Enterprise profile") : tr("New enterprise"));
    buildForm();
    if (existing) {
        m_enterprise = *existing;
        load(*existing);
        m_nameTouched = true;
    }
    validate();
}

void EnterpriseDialog::buildForm()
{
    auto edit = [this](const char *name) {
        auto *e = new QLineEdit(this);
        e->setObjectName(QLatin1String(name));
        connect(e, &QLineEdit::textChanged, this, &EnterpriseDialog::validate);
        return e;
    };
    auto message = [this](const char *name) {
        auto *l = new QLabel(this);
        l->setObjectName(QLatin1String(name));
        return l;
    };
    m_name = edit("name");
    m_nameMessage = message("nameMessage");
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameTouched = true; });
    m_creditCode = edit("creditCode");
    m_creditCode->setPlaceholderText(tr("18 characters, e.g. 91330106MA2CF3K8X6"));
    m_creditCode->setMaxLength(40);
    m_creditCodeMessage = message("creditCodeMessage");
    m_industry = edit("industry");
    m_industry->setPlaceholderText(tr("GB/T 4754 code, e.g. C34"));
    m_industryMessage = message("industryMessage");
    auto *pick = new QToolButton(this);
    pick->setObjectName(QStringLiteral("pickIndustry"));
    pick->setText(tr("Choose…"));
    pick->setToolTip(tr("Choose from the GB/T 4754-2017 table (F4)"));
    pick->setShortcut(QKeySequence(Qt::Key_F4));
    connect(pick, &QToolButton::clicked, this, &EnterpriseDialog::pickIndustry);
    m_province = edit("province");
    QStringList provinces;
    for (const char *p : kProvinces)
        provinces << QString::fromUtf8(p);
    auto *completer = new QCompleter(provinces, m_province);
    completer->setFilterMode(Qt::MatchContains);
    m_province->setCompleter(completer);
    m_city = edit("city");
    m_employees = edit("employees");
    m_employees->setValidator(new QIntValidator(0, 100'000'000, m_employees));
    const QRegularExpression amount(QStringLiteral("\\d{0,12}(\\.\\d{0,6})?"));
    m_revenue = edit("revenue");
    m_revenue->setValidator(new QRegularExpressionValidator(amount, m_revenue));
    m_assets = edit("assets");
    m_assets->setValidator(new QRegularExpressionValidator(amount, m_assets));
    m_figuresMessage = message("figuresMessage");
    m_aboveScale = new QCheckBox(tr("Above designated size (规上企业)"), this);
    m_aboveScale->setObjectName(QStringLiteral("aboveScale"));
    m_srdi = new QComboBox(this);
    m_srdi->setObjectName(QStringLiteral("srdi"));
    for (dl::SrdiStatus s : {dl::SrdiStatus::None, dl::SrdiStatus::Innovative,
                             dl::SrdiStatus::Provincial, dl::SrdiStatus::LittleGiant})
        m_srdi->addItem(HomeLabels::srdi(s, m_session.lang(), true), QLatin1String(dl::key(s)));
    m_sizeClass = new QLabel(this);
    m_sizeClass->setObjectName(QStringLiteral("sizeClass"));
    m_sizeClass->setWordWrap(true);
    m_sizeClass->setMinimumHeight(3 * m_sizeClass->fontMetrics().lineSpacing());
    m_sizeClass->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_sizeClass->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pilot = new QCheckBox(
        tr("Pilot enterprise of the digital transformation programme (试点企业)"), this);
    m_pilot->setObjectName(QStringLiteral("pilot"));
    m_pilotBatch = edit("pilotBatch");
    m_pilotBatch->setPlaceholderText(tr("e.g. 2025年第一批"));
    m_pilotBatch->setEnabled(false);
    connect(m_pilot, &QCheckBox::toggled, m_pilotBatch, &QWidget::setEnabled);
    m_contactName = edit("contactName");
    m_contactPhone = edit("contactPhone");
    m_contactEmail = edit("contactEmail");

    auto *identity = new QGroupBox(tr("Basic information"), this);
    auto *f1 = new QFormLayout(identity);
    f1->addRow(tr("&Name:"), withMessage(row(m_name), m_nameMessage, m_name));
    f1->addRow(tr("&Credit code:"),
               withMessage(row(m_creditCode), m_creditCodeMessage, m_creditCode));
    auto *industryRow = row(m_industry);
    industryRow->addWidget(pick);
    f1->addRow(tr("&Industry:"), withMessage(industryRow, m_industryMessage, m_industry));
    auto *region = row(m_province);
    region->addWidget(new QLabel(tr("City:"), this));
    region->addWidget(m_city);
    f1->addRow(tr("&Province:"), withMessage(region, nullptr, m_province));

    auto *size = new QGroupBox(tr("Size"), this);
    auto *f2 = new QFormLayout(size);
    f2->addRow(tr("&Employees:"), m_employees);
    f2->addRow(tr("&Revenue (10k CNY):"), m_revenue);
    f2->addRow(tr("&Assets (10k CNY):"), withMessage(row(m_assets), m_figuresMessage, m_assets));
    f2->addRow(tr("Size class:"), m_sizeClass);
    f2->addRow(QString(), m_aboveScale);
    f2->addRow(tr("&SRDI status:"), m_srdi);
    f2->addRow(QString(), m_pilot);
    f2->addRow(tr("Pilot &batch:"), m_pilotBatch);

    auto *contact = new QGroupBox(tr("Contact"), this);
    auto *f3 = new QFormLayout(contact);
    f3->addRow(tr("C&ontact person:"), m_contactName);
    f3->addRow(tr("P&hone:"), m_contactPhone);
    f3->addRow(tr("E&mail:"), m_contactEmail);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &EnterpriseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // One label column across the three groups.
    int labelWidth = 0;
    for (QFormLayout *f : {f1, f2, f3})
        for (int r = 0; r < f->rowCount(); ++r)
            if (QLayoutItem *l = f->itemAt(r, QFormLayout::LabelRole))
                labelWidth = std::max(labelWidth, l->sizeHint().width());
    for (QFormLayout *f : {f1, f2, f3})
        for (int r = 0; r < f->rowCount(); ++r)
            if (QLayoutItem *l = f->itemAt(r, QFormLayout::LabelRole); l && l->widget())
                l->widget()->setMinimumWidth(labelWidth);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(identity);
    layout->addWidget(size);
    layout->addWidget(contact);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

void EnterpriseDialog::load(const dl::Enterprise &e)
{
    m_name->setText(QString::fromStdString(e.name));
    m_creditCode->setText(QString::fromStdString(e.creditCode));
    m_industry->setText(QString::fromStdString(e.industry));
    m_province->setText(QString::fromStdString(e.province));
    m_city->setText(QString::fromStdString(e.city));
    m_employees->setText(e.employees ? QString::number(*e.employees) : QString());
    m_revenue->setText(e.revenueWan ? QString::fromStdString(*e.revenueWan) : QString());
    m_assets->setText(e.assetsWan ? QString::fromStdString(*e.assetsWan) : QString());
    m_aboveScale->setChecked(e.aboveScale);
    m_srdi->setCurrentIndex(m_srdi->findData(QLatin1String(dl::key(e.srdi))));
    m_pilot->setChecked(e.pilot);
    m_pilotBatch->setText(QString::fromStdString(e.pilotBatch));
    m_contactName->setText(QString::fromStdString(e.contactName));
    m_contactPhone->setText(QString::fromStdString(e.contactPhone));
    m_contactEmail->setText(QString::fromStdString(e.contactEmail));
}

dl::Enterprise EnterpriseDialog::fromForm() const
{
    dl::Enterprise e = m_enterprise; // keeps id, uuid and creation time when editing
    auto text = [](const QLineEdit *edit) { return edit->text().trimmed().toStdString(); };
    e.name = text(m_name);
    e.creditCode = text(m_creditCode);
    e.industry = m_industry->text().trimmed().toUpper().toStdString();
    e.province = text(m_province);
    e.city = text(m_city);
    e.employees.reset();
    if (!m_employees->text().trimmed().isEmpty())
        e.employees = m_employees->text().trimmed().toLongLong();
    e.revenueWan.reset();
    if (!text(m_revenue).empty())
        e.revenueWan = text(m_revenue);
    e.assetsWan.reset();
    if (!text(m_assets).empty())
        e.assetsWan = text(m_assets);
    e.aboveScale = m_aboveScale->isChecked();
    e.srdi = dl::parseSrdiStatus(m_srdi->currentData().toString().toStdString())
                 .value_or(dl::SrdiStatus::None);
    e.pilot = m_pilot->isChecked();
    e.pilotBatch = e.pilot ? text(m_pilotBatch) : std::string();
    e.contactName = text(m_contactName);
    e.contactPhone = text(m_contactPhone);
    e.contactEmail = text(m_contactEmail);
    return e;
}

void EnterpriseDialog::showMessage(QLabel *label, const QString &text, bool error)
{
    label->setText(text);
    label->setStyleSheet(error ? QStringLiteral("color: #b3261e;")
                               : QStringLiteral("color: palette(placeholder-text);"));
    label->setProperty("error", error);
    label->setVisible(!text.isEmpty());
}

bool EnterpriseDialog::validate()
{
    bool ok = true;
    const bool noName = m_name->text().trimmed().isEmpty();
    showMessage(m_nameMessage,
                noName && m_nameTouched ? tr("The enterprise's registered name is required.")
                                        : QString(),
                true);
    ok = ok && !noName;

    const QString code = m_creditCode->text().trimmed();
    if (code.isEmpty()) {
        showMessage(m_creditCodeMessage, QString(), false);
    } else {
        const int typed = int(code.toUcs4().size());
        // While the code is still being typed, check what is there by completing it with zeros
        // (valid at every position): a wrong character shows at once, a short code does not.
        const QString probe = typed < kCreditCodeLength
                                  ? code + QString(kCreditCodeLength - typed, QLatin1Char('0'))
                                  : code;
        const dl::CreditCodeCheck check =
            dl::checkCreditCode(probe.toStdString(), m_session.lang());
        const bool earlyError = check.position > 0 && check.position <= typed &&
                                check.error != dl::CreditCodeError::CheckMismatch;
        if (typed < kCreditCodeLength && !earlyError) {
            showMessage(m_creditCodeMessage,
                        tr("%1 of %2 characters").arg(typed).arg(kCreditCodeLength), false);
            ok = false;
        } else if (typed < kCreditCodeLength || !check.valid) {
            showMessage(m_creditCodeMessage, QString::fromStdString(check.message), true);
            ok = false;
        } else {
            showMessage(m_creditCodeMessage, tr("Check character correct."), false);
        }
    }

    const std::string industry = m_industry->text().trimmed().toUpper().toStdString();
    if (industry.empty()) {
        showMessage(m_industryMessage, tr("Needed for the size class and the industry additions."),
                    false);
    } else if (!dl::IndustryTable::gbt4754().parse(industry)) {
        showMessage(m_industryMessage,
                    tr("Not a GB/T 4754-2017 section or division; expected e.g. C or C34."), true);
        ok = false;
    } else {
        showMessage(m_industryMessage, HomeLabels::industryName(industry, m_session.lang()), false);
    }

    bool badFigure = false;
    decimal(m_revenue, &badFigure);
    decimal(m_assets, &badFigure);
    showMessage(m_figuresMessage,
                badFigure ? tr("Amounts are numbers of 10k CNY, e.g. 1250.5.") : QString(), true);
    ok = ok && !badFigure;

    updateSizeClass();
    m_ok->setEnabled(ok);
    return ok;
}

void EnterpriseDialog::updateSizeClass()
{
    const std::string industry = m_industry->text().trimmed().toUpper().toStdString();
    if (industry.empty() || !dl::IndustryTable::gbt4754().parse(industry)) {
        m_sizeClass->setText(tr("Derived from the industry and the figures above."));
        return;
    }
    bool bad = false;
    std::optional<int> employees;
    if (!m_employees->text().trimmed().isEmpty())
        employees = m_employees->text().trimmed().toInt();
    const dl::SizeClassResult r =
        dl::classifySize(industry, employees, decimal(m_revenue, &bad), decimal(m_assets, &bad));
    const QString reason = m_session.text(r.reason);
    if (r.size == dl::SizeClass::Unknown)
        m_sizeClass->setText(reason);
    else
        m_sizeClass->setText(
            tr("<b>%1</b><br>%2")
                .arg(QString::fromUtf8(dl::sizeClassName(r.size, m_session.lang())),
                     reason.toHtmlEscaped()));
}

void EnterpriseDialog::pickIndustry()
{
    IndustryPickerDialog picker(m_session.lang(), m_industry->text(), this);
    if (picker.exec() == QDialog::Accepted && !picker.code().isEmpty())
        m_industry->setText(picker.code());
    m_industry->setFocus();
}

void EnterpriseDialog::accept()
{
    if (!validate())
        return;
    auto checked = dl::checkEnterprise(fromForm());
    if (!checked) {
        // The core's word on each field, under the field it names.
        for (const dl::Diagnostic &d : checked.errors()) {
            QLabel *label = d.id == "name"          ? m_nameMessage
                            : d.id == "credit_code" ? m_creditCodeMessage
                            : d.id == "industry"    ? m_industryMessage
                                                    : m_figuresMessage;
            showMessage(label, QString::fromStdString(d.text(m_session.lang())), true);
        }
        return;
    }
    dl::Enterprise e = std::move(*checked);
    dl::Store &store = m_session.store();
    dl::Diagnostics errors;
    if (e.id == 0) {
        auto added = store.addEnterprise(e);
        if (added)
            e = std::move(*added);
        else
            errors = added.errors();
    } else if (auto done = store.updateEnterprise(e); !done) {
        errors = done.errors();
    }
    if (!errors.empty()) {
        // The store owns the rule that a credit code names one enterprise; say which one here.
        if (errors.front().code == "duplicate-credit-code") {
            if (auto other = store.enterpriseWithCreditCode(e.creditCode, e.id); other && *other) {
                showMessage(m_creditCodeMessage,
                            tr("Already registered to %1 (id %2).")
                                .arg(QString::fromStdString((*other)->name))
                                .arg((*other)->id),
                            true);
                return;
            }
        }
        showErrors(this, tr("The enterprise could not be saved."), errors);
        return;
    }
    m_enterprise = e;
    m_session.notifyEnterprisesChanged();
    QDialog::accept();
}
