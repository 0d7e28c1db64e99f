// SPDX-License-Identifier: GPL-3.0-or-later
#include "homepage.h"

#include "appsession.h"

HomePage::HomePage(AppSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{}

void HomePage::newEnterprise() {}

void HomePage::importBundle() {}

void HomePage::exportBundle() {}
