// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QString>

// The question, help, answer options or bands, evidence and recommendation of the item or
// scenario `id`, as HTML for a QTextBrowser (empty for dimensions and groups).
QString modelNodeHtml(const dl::Model &model, const QString &id, dl::Lang lang);
