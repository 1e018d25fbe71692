#pragma once

#include <QHash>
#include <QString>

namespace OrderDesk {

// The orders a refresh already holds, by the fingerprint of the JSON each was last listed as: a
// 64-bit hash of the parsed value (types, keys in order, text, numbers), never 0. A list decoder
// given this set reads an order whose fingerprint it holds as a marker only: its id and
// accountId, `listFingerprint`, and `unchangedSinceListed` set. So a refresh that finds 100,000
// orders as they were builds none of them again, where it used to build some 3.6 million small
// values and throw almost all away as equal to their rows: about half the time (README).
//
// Only OrderLoader passes one (it keeps one per account, of what its model holds), and not for an
// account's first list, which has nothing to skip: so the second list of an account takes the
// fingerprints and the third is the first to skip. Everyone else lists without a set and gets
// every order whole. Without simdjson, or when a body takes the QJsonDocument path, no
// fingerprint is taken and every order comes whole.
using KnownOrders = QHash<quint64, QString>; // fingerprint -> order id

} // namespace OrderDesk
