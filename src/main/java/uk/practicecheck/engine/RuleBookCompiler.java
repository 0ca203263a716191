package uk.practicecheck.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.compiler.compiler.io.memory.MemoryFileSystem;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.compiler.kie.builder.impl.InternalKieModuleProvider;
import org.drools.compiler.kie.builder.impl.KieBuilderImpl;
import org.drools.modelcompiler.CanonicalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.kie.internal.conf.ConsequenceExceptionHandlerOption;

/**
 * Compiles DRL files into one {@link RuleBook} with the Drools executable model, and checks what
 * the compiler does not: one rule a file, complete metadata, ids unique.
 */
public final class RuleBookCompiler {
    private static final String KIE_ROOT = "src/main/resources/";
    private static final Pattern PACKAGE_DECLARATION = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);
    private static final Pattern RULE_DECLARATION = Pattern.compile(
            "^\\s*rule\\s+(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'|(\\S+))", Pattern.MULTILINE);

    private RuleBookCompiler() {
    }

    /** Compiles the rules from scratch. */
    public static RuleBook compile(List<RuleSource> sources) throws RuleBookException {
        return compile(sources, null);
    }

    /**
     * Compiles the rules, or loads them already compiled from {@code cache} when these very rule
     * sources were compiled before. Compiling generates and compiles Java (seconds, growing with
     * the rules); loading the compiled module takes a fraction of that.
     *
     * @param cache where compiled rule books are kept, or null to always compile
     */
    public static RuleBook compile(List<RuleSource> sources, RuleBookCache cache) throws RuleBookException {
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, RuleSource> sourceByRuleName = new HashMap<>();
        for (RuleSource source : sources) {
            List<String> names = declaredRuleNames(source.text());
            if (names.size() != 1) {
                problems.add(new RuleProblem(source.displayPath(), 0, 0,
                        "a rule file holds exactly one rule; this one declares " + names.size()));
            }
            for (String name : names) {
                RuleSource clash = sourceByRuleName.put(name, source);
                if (clash != null) {
                    problems.add(new RuleProblem(source.displayPath(), 0, 0,
                            "rule name \"" + name + "\" is also used in " + clash.displayPath()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleBookException(problems);
        }

        KieServices services = KieServices.get();
        String key = cache == null ? null : cache.key(sources);
        byte[] compiled = cache == null ? null : cache.load(key);
        ReleaseId releaseId = compiled == null ? null : loadModule(services, compiled);
        if (releaseId == null) {
            InternalKieModule module = build(services, sources, problems);
            if (cache != null) {
                cache.store(key, module.getBytes());
            }
            releaseId = module.getReleaseId();
        }
        return toRuleBook(services.newKieContainer(releaseId), sourceByRuleName, problems);
    }

    private static InternalKieModule build(KieServices services, List<RuleSource> sources, List<RuleProblem> problems)
            throws RuleBookException {
        KieFileSystem files = services.newKieFileSystem();
        Map<String, RuleSource> sourceByKiePath = new HashMap<>();
        for (RuleSource source : sources) {
            String kiePath = kiePath(source);
            files.write(kiePath, source.text());
            sourceByKiePath.put(kiePath, source);
        }
        KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            RuleSource source = sourceByKiePath.get(message.getPath());
            String file = source == null ? String.valueOf(message.getPath()) : source.displayPath();
            problems.add(new RuleProblem(file, message.getLine(), message.getColumn(), message.getText().strip()));
        }
        if (!problems.isEmpty()) {
            throw new RuleBookException(problems);
        }
        return (InternalKieModule) builder.getKieModule();
    }

    /**
     * Registers an already compiled module; null if the bytes are not one (a damaged cache entry).
     * The module is rebuilt as the compiler made it, with the default module model (the rules
     * declare no kmodule.xml, and reading one would need Drools' XML support).
     */
    private static ReleaseId loadModule(KieServices services, byte[] compiled) {
        try {
            KieModuleModel model = services.newKieModuleModel();
            KieBuilderImpl.setDefaultsforEmptyKieModule(model);
            InternalKieModule module = InternalKieModuleProvider.get(services.getRepository().getDefaultReleaseId(),
                    model, MemoryFileSystem.readFromJar(compiled));
            if (!(module instanceof CanonicalKieModule)) {
                return null;
            }
            services.getRepository().addKieModule(module);
            return module.getReleaseId();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static RuleBook toRuleBook(KieContainer container, Map<String, RuleSource> sourceByRuleName,
                                       List<RuleProblem> problems) throws RuleBookException {
        KieServices services = KieServices.get();
        KieBaseConfiguration configuration = services.newKieBaseConfiguration();
        configuration.setOption(ConsequenceExceptionHandlerOption.get(RecordingExceptionHandler.class));
        KieBase kieBase = container.newKieBase(configuration);

        Map<String, RuleInfo> rulesByName = new LinkedHashMap<>();
        Map<String, String> fileById = new HashMap<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                RuleSource source = sourceByRuleName.get(rule.getName());
                String file = source == null ? rule.getPackageName() + "." + rule.getName() : source.displayPath();
                List<String> metadataProblems = RuleMetadata.problems(rule.getMetaData());
                if (!metadataProblems.isEmpty()) {
                    metadataProblems.forEach(p -> problems.add(new RuleProblem(file, 0, 0, p)));
                    continue;
                }
                RuleInfo info = RuleMetadata.toRuleInfo(rule.getMetaData(), file);
                String clash = fileById.put(info.id(), file);
                if (clash != null) {
                    problems.add(new RuleProblem(file, 0, 0, "rule id '" + info.id() + "' is also used in " + clash));
                }
                rulesByName.put(rule.getName(), info);
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleBookException(problems);
        }
        return new RuleBook(kieBase, rulesByName);
    }

    /**
     * Where a file goes in the compiler's virtual project: in the folder of its DRL package (as
     * Drools expects), its own folders folded into the file name so that paths stay unique.
     */
    private static String kiePath(RuleSource source) {
        Matcher matcher = PACKAGE_DECLARATION.matcher(stripComments(source.text()));
        String folder = matcher.find() ? matcher.group(1).replace('.', '/') + "/" : "";
        return KIE_ROOT + folder + source.path().replace("/", "__");
    }

    static List<String> declaredRuleNames(String drl) {
        List<String> names = new ArrayList<>();
        Matcher matcher = RULE_DECLARATION.matcher(stripComments(drl));
        while (matcher.find()) {
            String name = matcher.group(1) != null ? matcher.group(1) : matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
            names.add(name);
        }
        return names;
    }

    /** Blanks out comments, keeping line breaks so that positions still match. */
    private static String stripComments(String drl) {
        return Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL).matcher(drl)
                .replaceAll(m -> m.group().replaceAll("[^\\n]", " "));
    }
}
