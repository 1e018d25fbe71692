#pragma once

#include "domain/cancellationpolicy.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace OrderDesk {

// The reason of an order cancel, one or many: a preset and the agent's details, with the counter of
// what will be sent (1 to 1000 UTF-16 code units, preset included: an emoji counts two). Shared by the
// cancel dialog and the bulk cancel dialog so that both apply the same rules.
class ReasonEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReasonEditor)

public:
    explicit ReasonEditor(QWidget* parent = nullptr);

    CancelReason reason() const;
    bool isChosen() const;     // a preset was picked
    bool isAcceptable() const; // chosen, and the reason is valid
    // Why the reason cannot be sent yet, in words; empty when it can.
    QString problem() const;
    void setLocked(bool locked); // read only while a cancel runs
    QWidget* firstField() const;
    QWidget* lastField() const;

signals:
    void changed();

private:
    void updateCounter();

    QComboBox* m_preset;
    QPlainTextEdit* m_text;
    QLabel* m_counter;
};

} // namespace OrderDesk
