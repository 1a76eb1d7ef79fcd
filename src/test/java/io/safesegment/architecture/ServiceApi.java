package io.safesegment.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;

/**
 * The core's public face for the front ends (decision record 0021): what a {@code cli} or {@code ui} class may
 * call in {@code core}. Everything else in core (engines, scanners, readers, writers, stores) is reached only
 * through a service.
 */
final class ServiceApi {

    /**
     * Core types that are neither services nor records/enums/exceptions but still belong to the API: values a front
     * end holds and queries, and the few handles it must own itself. Short on purpose: a name added here needs a
     * line in record 0021.
     */
    static final Set<String> NAMED_TYPES = Set.of(
            // values
            "data.RoleMapping",                // column → semantic role map, passed into every service
            "privacy.policy.MaskingPolicy",    // the policy value the Privacy section edits
            "recipe.Recipe",                   // a parsed recipe document (read, --set overrides)
            "recipe.SessionRecipe",            // the recipe a desktop window records (the front end owns it)
            "recipe.DataSteps",                // builds the JSON fields of recorded data steps (pure functions)
            "segment.SegmentNames",            // renders stored default segment names in the UI language
            "workspace.Workspace",             // the open workspace's handle and paths; its stores via services
            "AppInfo",                         // version and build facts
            "PrintableText",                   // strips control characters before user data is printed
            // handles the front end owns
            "crypto.vault.KeyVault",           // the key vault access: unlocked with the user's password, closed by
                                               // the front end that opened it (a session, not a static service)
            "crypto.Secrets",                  // wipes the char[]/byte[] passwords the front end read
            "workspace.WorkspaceLocations");   // where the default workspace is (option defaults)

    private ServiceApi() {
    }

    /**
     * Whether {@code c} belongs to the service API of the core rooted at {@code root} (e.g.
     * {@code io.safesegment}): a {@code *Service} class, a record, an enum, an exception, an interface of the
     * shared task contract ({@code core.task}), a {@link #NAMED_TYPES named} type, or anything nested in one of these.
     */
    static DescribedPredicate<JavaClass> inServiceApi(String root) {
        String core = root + ".core.";
        return DescribedPredicate.describe("in the service API of " + root + ".core", c -> isApi(core, c));
    }

    private static boolean isApi(String core, JavaClass c) {
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent()) {
            if (isApiType(core, top)) {
                return true;
            }
            top = top.getEnclosingClass().get();
        }
        return isApiType(core, top);
    }

    private static boolean isApiType(String core, JavaClass c) {
        String name = c.getName();
        if (!name.startsWith(core)) {
            return true; // not core at all: the rule is about core only
        }
        String local = name.substring(core.length());
        return c.getSimpleName().endsWith("Service")
                || c.isRecord() || c.isEnum()
                || c.isAssignableTo(Throwable.class)
                || local.startsWith("task.")
                || local.startsWith("i18n.")    // messages a front end renders in its language (record 0023)
                || NAMED_TYPES.contains(local);
    }

    /**
     * No class of {@code frontEnd} (a package under {@code root}, e.g. {@code cli}) calls a core method or
     * constructor outside the service API, except the classes named in {@code allowList} (simple names; frozen
     * debt, see record 0021).
     */
    static ArchRule frontEndCallsOnlyServiceApi(String root, String frontEnd, Set<String> allowList) {
        DescribedPredicate<JavaClass> allowListed = DescribedPredicate.describe("allow-listed " + allowList,
                c -> allowList.contains(outermost(c).getSimpleName()));
        return noClasses().that().resideInAPackage(root + "." + frontEnd + "..")
                .and(DescribedPredicate.not(allowListed))
                .should().callCodeUnitWhere(JavaCall.Predicates.target(AccessTarget.Predicates.declaredIn(
                        DescribedPredicate.not(inServiceApi(root)))))
                .because("front ends call core only through its services (decision record 0021)");
    }

    private static JavaClass outermost(JavaClass c) {
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }
}
