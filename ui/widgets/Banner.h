#pragma once

#include <QLabel>

namespace corroborate::ui {

// A full-width strip of text in the palette's highlight colours: the synthetic-data banner
// and the protective marking. Repolishes itself when the palette changes.
class Banner : public QLabel
{
    Q_OBJECT
public:
    enum class Kind
    {
        Synthetic,
        Marking
    };
    Banner(Kind kind, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyPalette();
    Kind m_kind;
};

} // namespace corroborate::ui
