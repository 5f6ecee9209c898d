#include "FieldProblems.h"

#include "core/Appearance.h"

namespace corroborate::ui {

void FieldProblems::add(const QString& field, QLabel* label)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, Appearance::flaggedColour(p));
    label->setPalette(p);
    label->clear();
    m_labels.insert(field, label);
}

bool FieldProblems::show(const QMap<QString, QString>& problems)
{
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it)
        it.value()->setText(problems.value(it.key()));
    return problems.isEmpty();
}

} // namespace corroborate::ui
