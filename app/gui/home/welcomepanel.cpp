// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomepanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePanel::WelcomePanel(QWidget *parent)
    : QWidget(parent)
{
    auto *title = new QLabel(tr("Welcome to DigiLevel"), this);
    title->setObjectName(QStringLiteral("welcomeTitle"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    title->setFont(big);
    auto *text = new QLabel(
        tr("DigiLevel scores a small or medium enterprise's digital level, 一级 to 四级, under the "
           "MIIT scheme (2024 edition), from a questionnaire answered by the enterprise or "
           "verified on site by an assessor. It explains the level, shows the cheapest way to "
           "the next one, and keeps every enterprise's data on this computer."),
        this);
    text->setWordWrap(true);

    auto *create = new QPushButton(tr("New enterprise…"), this);
    create->setObjectName(QStringLiteral("welcomeNew"));
    QFont buttonFont = create->font();
    buttonFont.setPointSizeF(buttonFont.pointSizeF() * 1.25);
    create->setFont(buttonFont);
    create->setMinimumSize(260, 48);
    create->setDefault(true);
    auto *example = new QPushButton(tr("Open the example enterprise"), this);
    example->setObjectName(QStringLiteral("openExample"));
    example->setMinimumSize(260, 34);
    example->setToolTip(tr("Adds a machinery maker with a finished self-assessment at 二级, to "
                           "explore the results and the ways up"));
    auto *import = new QPushButton(tr("Import a bundle from another computer…"), this);
    import->setObjectName(QStringLiteral("welcomeImport"));
    import->setFlat(true);
    import->setMinimumWidth(260);
    connect(create, &QPushButton::clicked, this, &WelcomePanel::newEnterpriseRequested);
    connect(example, &QPushButton::clicked, this, &WelcomePanel::exampleRequested);
    connect(import, &QPushButton::clicked, this, &WelcomePanel::importRequested);

    // A column of fixed width in the middle: a wrapped label needs a width to wrap to.
    auto *column = new QWidget(this);
    column->setFixedWidth(600);
    auto *v = new QVBoxLayout(column);
    title->setAlignment(Qt::AlignHCenter);
    text->setAlignment(Qt::AlignHCenter);
    v->addWidget(title);
    v->addSpacing(8);
    v->addWidget(text);
    v->addSpacing(24);
    for (QWidget *w : {create, example, import})
        v->addWidget(w, 0, Qt::AlignHCenter);
    auto *h = new QHBoxLayout;
    h->addStretch();
    h->addWidget(column);
    h->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(h);
    layout->addStretch(3);
    setFocusProxy(create);
}
