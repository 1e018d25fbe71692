<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>The platform is limiting requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>The platform is limiting requests. Try again in %n second.</numerusform>
            <numerusform>The platform is limiting requests. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDesk::BulkCancelDialog</name>
    <message numerus="yes">
        <source>Cancel %n order(s)</source>
        <translation>
            <numerusform>Cancel %n order</numerusform>
            <numerusform>Cancel %n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n order(s)…</source>
        <translation>
            <numerusform>Cancel %n order…</numerusform>
            <numerusform>Cancel %n orders…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n cancel request(s)</source>
        <translation>
            <numerusform>Send %n cancel request</numerusform>
            <numerusform>Send %n cancel requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This sends %n cancel request(s) with the reason "%1". Not sent, as they may not be cancelled: %2.</source>
        <translation>
            <numerusform>This sends %n cancel request with the reason "%1". Not sent, as they may not be cancelled: %2.</numerusform>
            <numerusform>This sends %n cancel requests with the reason "%1". Not sent, as they may not be cancelled: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDesk::BulkCancelLauncher</name>
    <message numerus="yes">
        <source>&amp;Cancel %n orders…</source>
        <translation>
            <numerusform>&amp;Cancel %n order…</numerusform>
            <numerusform>&amp;Cancel %n orders…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDesk::Cli::BulkCancelCommand</name>
    <message numerus="yes">
        <source>Send %n cancel request(s) for orders of %1 with the reason "%2"? (%3 of %4 orders may not be cancelled and will not be sent.)</source>
        <translation>
            <numerusform>Send %n cancel request for orders of %1 with the reason "%2"? (%3 of %4 orders may not be cancelled and will not be sent.)</numerusform>
            <numerusform>Send %n cancel requests for orders of %1 with the reason "%2"? (%3 of %4 orders may not be cancelled and will not be sent.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDesk::Cli::SubscriptionCancelCommand</name>
    <message numerus="yes">
        <source>Cancel %n FlexPortal subscription(s) of account %1 (%2) with the reason %3%4? Each one ends, its future payments are voided and its asset is flagged for collection.</source>
        <translation>
            <numerusform>Cancel %n FlexPortal subscription of account %1 (%2) with the reason %3%4? Each one ends, its future payments are voided and its asset is flagged for collection.</numerusform><numerusform>Cancel %n FlexPortal subscriptions of account %1 (%2) with the reason %3%4? Each one ends, its future payments are voided and its asset is flagged for collection.</numerusform></translation>
    </message>
</context>
<context>
    <name>OrderDesk::FindById</name>
    <message numerus="yes">
        <source>Looking for order %1 in %n account(s)…</source>
        <translation>
            <numerusform>Looking for order %1 in %n account…</numerusform>
            <numerusform>Looking for order %1 in %n accounts…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDesk::HistoryCharts</name>
    <message numerus="yes">
        <source>%n attempt(s) on %1.</source>
        <translation>
            <numerusform>%n attempt on %1.</numerusform><numerusform>%n attempts on %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) from %1 to %2.</source>
        <translation>
            <numerusform>%n attempt from %1 to %2.</numerusform><numerusform>%n attempts from %1 to %2.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Busiest day: %1, with %n attempt(s).</source>
        <translation>
            <numerusform>Busiest day: %1, with %n attempt.</numerusform><numerusform>Busiest day: %1, with %n attempts.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Most frequent reason: %1, with %n attempt(s).</source>
        <translation>
            <numerusform>Most frequent reason: %1, with %n attempt.</numerusform><numerusform>Most frequent reason: %1, with %n attempts.</numerusform></translation>
    </message>
</context>
<context>
    <name>OrderDesk::HistoryWindow</name>
    <message numerus="yes">
        <source>%n attempt(s) shown</source>
        <translation>
            <numerusform>%n attempt shown</numerusform>
            <numerusform>%n attempts shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the history</source>
        <translation>
            <numerusform>%n in the history</numerusform>
            <numerusform>%n in the history</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) exported to %1</source>
        <translation>
            <numerusform>%n attempt exported to %1</numerusform>
            <numerusform>%n attempts exported to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDesk::LoadStatus</name>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading… %n order(s) so far</source>
        <translation>
            <numerusform>Loading… %n order so far</numerusform>
            <numerusform>Loading… %n orders so far</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDesk::OrderDetailsPane</name>
    <message numerus="yes">
        <source>%1 of %n device(s) rented</source>
        <translation>
            <numerusform>%1 of %n device rented</numerusform>
            <numerusform>%1 of %n devices rented</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n provider item(s) accepted</source>
        <translation>
            <numerusform>%1 of %n provider item accepted</numerusform>
            <numerusform>%1 of %n provider items accepted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDesk::OrderLinesModel</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDesk::SubscriptionCancelDialog</name>
    <message numerus="yes">
        <source>Cancel %n subscription(s)…</source>
        <translation>
            <numerusform>Cancel %n subscription…</numerusform>
            <numerusform>Cancel %n subscriptions…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancel request(s) will go out to FlexPortal, one after the other, one per subscription:</source>
        <translation>
            <numerusform>%n cancel request will go out to FlexPortal, one after the other, one per subscription:</numerusform>
            <numerusform>%n cancel requests will go out to FlexPortal, one after the other, one per subscription:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n request(s)</source>
        <translation>
            <numerusform>Send %n request</numerusform>
            <numerusform>Send %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n cancel request(s), one after the other…</source>
        <translation>
            <numerusform>Sending %n cancel request, one after the other…</numerusform>
            <numerusform>Sending %n cancel requests, one after the other…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n subscription(s) cancelled or already ended.</source>
        <translation>
            <numerusform>%1 of %n subscription cancelled or already ended.</numerusform>
            <numerusform>%1 of %n subscriptions cancelled or already ended.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent.</source>
        <translation>
            <numerusform>%n not sent.</numerusform>
            <numerusform>%n not sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDesk::SubscriptionList</name>
    <message numerus="yes">
        <source>%n subscription(s) on this order. FlexPortal does not show a subscription's state; what is known comes from the cancellation history.</source>
        <translation>
            <numerusform>%n subscription on this order. FlexPortal does not show a subscription's state; what is known comes from the cancellation history.</numerusform>
            <numerusform>%n subscriptions on this order. FlexPortal does not show a subscription's state; what is known comes from the cancellation history.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderListModel</name>
    <message numerus="yes">
        <source>%1 of %n device(s) rented</source>
        <translation>
            <numerusform>%1 of %n device rented</numerusform>
            <numerusform>%1 of %n devices rented</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n provider item(s) accepted</source>
        <translation>
            <numerusform>%1 of %n provider item accepted</numerusform>
            <numerusform>%1 of %n provider items accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
</context>
</TS>