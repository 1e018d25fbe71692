#pragma once

#include "order.h"

#include <QString>

namespace OrderDesk {

struct CancelVerdict
{
    bool allowed = false;
    QString explanation; // why not, in the agent's words; empty when allowed
};

// The platforms' cancellation rules (DECISIONS.md), asked by the button, the CLI and the tests alike.
class CancellationPolicy
{
public:
    static CancelVerdict evaluate(const Order& order);

private:
    static CancelVerdict evaluateFlexPortal(const Order& order);
    static CancelVerdict evaluateOfferGrid(const Order& order);
};

// What an agent gives before any cancel request: a preset and free text, 1..1000 characters in all.
struct CancelReason
{
    enum class Preset
    {
        CustomerChangedMind,
        CreatedInError,
        ItemsUnavailable,
        Duplicate,
        Other
    };

    Preset preset = Preset::Other;
    QString text;

    static constexpr int MaxLength = 1000;

    // The text sent to the platform: the preset's words, then the agent's own, trimmed.
    QString toRequestText() const;
    bool isValid() const;
    static QString presetKey(Preset preset);
    static QString presetLabel(Preset preset); // translated
};

} // namespace OrderDesk
