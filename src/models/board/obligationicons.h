#pragma once

#include "core/playbook/obligation.h"

#include <QIcon>
#include <QVariant>

namespace warroom {

// How an obligation state looks on the wall screen. The state is always also written out in
// words, and each icon has its own shape (triangle, clock, ring, tick, slash, dash), so the board
// reads on a washed-out projector and for colour-blind people; the colours only add emphasis.
QIcon obligationIcon(ObligationState state);
// Background and text brushes of the state and countdown cells; invalid for the default look.
QVariant obligationBackground(ObligationState state);
QVariant obligationForeground(ObligationState state);

} // namespace warroom
