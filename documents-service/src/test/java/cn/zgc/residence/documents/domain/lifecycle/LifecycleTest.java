package cn.zgc.residence.documents.domain.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every cell of state x action x actor. The expected moves are written out here once more, as DESIGN.md states
 * them, independently of the table: every cell not listed must be refused, with the right kind of refusal.
 */
class LifecycleTest {

    /** from, action, to, who may: one line per allowed move. */
    private static final List<String> ALLOWED = List.of(
            "OPEN CORRECT OPEN PARTNER",
            "OPEN BECOME_READY READY SYSTEM",
            "OPEN WITHDRAW WITHDRAWN PARTNER,SYSTEM",
            "READY CORRECT READY PARTNER",
            "READY REOPEN OPEN SYSTEM",
            "READY SUBMIT SUBMITTED PARTNER",
            "READY WITHDRAW WITHDRAWN PARTNER,SYSTEM",
            "SUBMITTED REVIEW_ITEM SUBMITTED IMMIGRATION",
            "SUBMITTED RETURN RETURNED IMMIGRATION",
            "SUBMITTED ACCEPT ACCEPTED IMMIGRATION",
            "SUBMITTED WITHDRAW WITHDRAWN PARTNER,SYSTEM",
            "RETURNED REOPEN OPEN PARTNER",
            "RETURNED WITHDRAW WITHDRAWN PARTNER,SYSTEM",
            "ACCEPTED START_EXAMINATION UNDER_EXAMINATION SYSTEM",
            "ACCEPTED WITHDRAW WITHDRAWN PARTNER,SYSTEM",
            "UNDER_EXAMINATION APPROVE APPROVED IMMIGRATION",
            "UNDER_EXAMINATION REFUSE REFUSED IMMIGRATION",
            "UNDER_EXAMINATION WITHDRAW WITHDRAWN PARTNER,SYSTEM",
            "APPROVED PRODUCE_CARD CARD_PRODUCED IMMIGRATION",
            "CARD_PRODUCED COLLECT_CARD COLLECTED IMMIGRATION");

    private static final Map<String, String[]> EXPECTED = ALLOWED.stream().map(l -> l.split(" "))
            .collect(Collectors.toMap(p -> p[0] + " " + p[1], p -> p));

    static Stream<Arguments> everyCell() {
        List<Arguments> cells = new ArrayList<>();
        for (DossierState state : DossierState.values()) {
            for (DossierAction action : DossierAction.values()) {
                for (Actor actor : Actor.values()) {
                    cells.add(Arguments.of(state, action, actor));
                }
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} x {1} x {2}")
    @MethodSource("everyCell")
    void allowsExactlyTheMovesOfTheDesignAndRefusesEveryOther(DossierState state, DossierAction action, Actor actor) {
        String[] expected = EXPECTED.get(state + " " + action);
        if (expected == null) {
            assertThatThrownBy(() -> Lifecycle.next(state, action, actor))
                    .isInstanceOfSatisfying(Lifecycle.Refusal.class, r -> {
                        assertThat(r.kind()).isEqualTo(Lifecycle.Refusal.Kind.NOT_IN_STATE);
                        assertThat(r.getMessage()).contains(state.name()).contains(Lifecycle.allowedFrom(state).toString());
                    });
            assertThat(Lifecycle.allowedFrom(state)).doesNotContain(action);
        } else if (List.of(expected[3].split(",")).contains(actor.name())) {
            assertThat(Lifecycle.next(state, action, actor)).isEqualTo(DossierState.valueOf(expected[2]));
            assertThat(Lifecycle.allowedFrom(state, actor)).contains(action);
        } else {
            assertThatThrownBy(() -> Lifecycle.next(state, action, actor))
                    .isInstanceOfSatisfying(Lifecycle.Refusal.class,
                            r -> assertThat(r.kind()).isEqualTo(Lifecycle.Refusal.Kind.NOT_FOR_ACTOR));
            assertThat(Lifecycle.allowedFrom(state, actor)).doesNotContain(action);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("finalStates")
    void endsInDecidedCollectedOrWithdrawnWithNoWayBack(DossierState state, List<DossierAction> allowed) {
        assertThat(Lifecycle.allowedFrom(state)).containsExactlyInAnyOrderElementsOf(allowed);
    }

    static Stream<Arguments> finalStates() {
        return Stream.of(
                Arguments.of(DossierState.REFUSED, List.of()),
                Arguments.of(DossierState.COLLECTED, List.of()),
                Arguments.of(DossierState.WITHDRAWN, List.of()),
                // decided: only the card follows, never a withdrawal
                Arguments.of(DossierState.APPROVED, List.of(DossierAction.PRODUCE_CARD)));
    }
}
