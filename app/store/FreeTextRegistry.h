#pragma once

#include "core/FreeText.h"

#include <QList>

namespace corroborate {

// Every free-text field of the case file (docs/DESIGN.md 15). A feature that adds a free-text
// column adds ONE line here (app/store/FreeTextRegistry.cpp) and erasure reaches it: the
// scrubber finds the erased person's names, reference and date of birth in it and redacts
// them, or lists the row for review.
const QList<FreeTextField>& freeTextFields();

} // namespace corroborate
