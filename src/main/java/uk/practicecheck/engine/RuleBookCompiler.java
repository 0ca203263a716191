package uk.practicecheck.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarInputStream;
import java.util.zip.ZipEntry;
import org.drools.compiler.compiler.io.memory.MemoryFileSystem;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.compiler.kie.builder.impl.InternalKieModuleProvider;
import org.drools.compiler.kie.builder.impl.KieBuilderImpl;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.CanonicalKieModule;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.api.conf.SequentialOption;
import org.kie.api.runtime.KieContainer;
import org.kie.internal.conf.ConsequenceExceptionHandlerOption;

/**
 * Compiles DRL files into one {@link RuleBook} with the Drools executable model, and checks what
 * the compiler does not: one rule a file, complete metadata, names and ids unique. Every problem
 * is collected before giving up, so that one broken file does not hide another's.
 */
public final class RuleBookCompiler {
    private static final String KIE_ROOT = "src/main/resources/";

    private RuleBookCompiler() {
    }

    /**
     * What compiling the files found: every problem, and the rule book when there was no error.
     *
     * @param files     each file as parsed
     * @param problems  errors and warnings, in file and line order
     * @param ruleBook  the compiled rules, or null when there were errors
     * @param module    the module the compiler built, when it built one
     */
    public record Compilation(List<RuleFile> files, List<RuleProblem> problems, RuleBook ruleBook, InternalKieModule module) {

        Compilation(List<RuleFile> files, List<RuleProblem> problems, RuleBook ruleBook) {
            this(files, problems, ruleBook, null);
        }

        public List<RuleProblem> errors() {
            return problems.stream().filter(p -> !p.warning()).toList();
        }
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
        String key = cache == null ? null : cache.key(sources);
        if (key != null) {
            // A stored entry was compiled from these very sources without errors: nothing to parse or check again.
            RuleBookCache.Entry entry = cache.load(key);
            ReleaseId cached = entry == null ? null : loadModule(entry.module());
            if (cached != null) {
                return new RuleBook(kieBase(cached), entry.rulesByName());
            }
        }
        Compilation compilation = check(sources);
        if (compilation.ruleBook() == null) {
            throw new RuleBookException(compilation.errors());
        }
        if (key != null) {
            cache.store(key, compilation.module().getBytes(), compilation.ruleBook().rulesByName());
        }
        return compilation.ruleBook();
    }

    /** Compiles the files, collecting every problem rather than stopping at the first. */
    public static Compilation check(List<RuleSource> sources) {
        List<RuleProblem> problems = new ArrayList<>();
        List<RuleFile> files = sources.stream().map(RuleFile::parse).toList();
        Map<String, RuleInfo> rulesByName = new LinkedHashMap<>();
        Map<String, String> fileByRuleName = new HashMap<>();
        Map<String, String> fileById = new HashMap<>();
        for (RuleFile file : files) {
            String path = file.source().displayPath();
            problems.addAll(file.syntaxErrors());
            problems.addAll(file.scopeErrors());
            if (file.parsed() && file.rules().size() != 1) {
                int line = file.rules().size() > 1 ? file.rules().get(1).line() : 0;
                problems.add(new RuleProblem(path, line, 0,
                        "a rule file holds exactly one rule; this one declares " + file.rules().size()));
            }
            for (RuleFile.DeclaredRule rule : file.rules()) {
                String clash = fileByRuleName.putIfAbsent(rule.name(), path);
                if (clash != null) {
                    problems.add(new RuleProblem(path, rule.line(), 0,
                            "rule name \"" + rule.name() + "\" is also used in " + clash));
                }
                List<String> metadataProblems = RuleMetadata.problems(rule.metadata());
                metadataProblems.forEach(p -> problems.add(new RuleProblem(path, rule.line(), 0, p)));
                RuleMetadata.warnings(rule.metadata()).forEach(p -> problems.add(RuleProblem.warning(path, rule.line(), 0, p)));
                if (metadataProblems.isEmpty()) {
                    RuleInfo info = RuleMetadata.toRuleInfo(rule.metadata(), path);
                    String idClash = fileById.putIfAbsent(info.id(), path);
                    if (idClash != null) {
                        problems.add(new RuleProblem(path, rule.line(), 0, "rule id '" + info.id() + "' is also used in " + idClash));
                    }
                    rulesByName.put(rule.name(), info);
                }
            }
        }
        return compileFiles(files, problems, rulesByName);
    }

    private static Compilation compileFiles(List<RuleFile> files, List<RuleProblem> problems, Map<String, RuleInfo> rulesByName) {
        List<RuleFile> parsed = files.stream().filter(RuleFile::parsed).toList();
        KieBuilder builder = build(parsed);
        List<RuleProblem> compileErrors = compileErrors(builder, parsed);
        if (!compileErrors.isEmpty() && parsed.size() > 1) {
            // The executable model compiles a package's files together into shared Java classes,
            // so it cannot say which file a Java error came from: compile each file alone to find out.
            List<RuleProblem> fileByFile = new ArrayList<>();
            for (RuleFile file : parsed) {
                fileByFile.addAll(compileErrors(build(List.of(file)), List.of(file)));
            }
            if (!fileByFile.isEmpty()) {
                compileErrors = fileByFile;
            }
        }
        problems.addAll(compileErrors);
        problems.sort(RuleProblem.BY_POSITION);

        boolean failed = problems.stream().anyMatch(p -> !p.warning());
        if (failed) {
            return new Compilation(files, List.copyOf(problems), null);
        }
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        return new Compilation(files, List.copyOf(problems), new RuleBook(kieBase(module.getReleaseId()), rulesByName), module);
    }

    private static KieBuilder build(List<RuleFile> files) {
        KieServices services = KieServices.get();
        KieFileSystem fileSystem = services.newKieFileSystem();
        for (int i = 0; i < files.size(); i++) {
            fileSystem.write(KIE_ROOT + kiePath(files.get(i), i), files.get(i).source().text());
        }
        return services.newKieBuilder(fileSystem).buildAll(ExecutableModelProject.class);
    }

    /**
     * Registers an already compiled module; null if there are no bytes or they are not one (a
     * damaged cache entry). The module is rebuilt as the compiler made it, with the default module
     * model (the rules declare no kmodule.xml, and reading one would need Drools' XML support).
     */
    private static ReleaseId loadModule(byte[] compiled) {
        if (compiled == null) {
            return null;
        }
        try {
            KieServices services = KieServices.get();
            KieModuleModel model = services.newKieModuleModel();
            KieBuilderImpl.setDefaultsforEmptyKieModule(model);
            InternalKieModule module = InternalKieModuleProvider.get(services.getRepository().getDefaultReleaseId(),
                    model, readJar(compiled));
            if (!(module instanceof CanonicalKieModule)) {
                return null;
            }
            services.getRepository().addKieModule(module);
            return module.getReleaseId();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The files of a compiled module's jar, as {@link MemoryFileSystem#readFromJar(byte[])} reads them
     * but a whole entry at a time: that method reads byte by byte, a tenth of a cold check.
     */
    static MemoryFileSystem readJar(byte[] jar) throws IOException {
        MemoryFileSystem files = new MemoryFileSystem();
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.isDirectory()) {
                    files.write(entry.getName(), in.readAllBytes(), true);
                }
            }
        }
        return files;
    }

    /**
     * The rules ready to evaluate: sequentially, since consequences only record findings and never
     * change a fact, so that no match is ever undone (the engine keeps no memory of matches to undo
     * them, and a batch's cases need not be deleted); a failing consequence is recorded, not thrown.
     */
    private static KieBase kieBase(ReleaseId releaseId) {
        KieServices services = KieServices.get();
        KieContainer container = services.newKieContainer(releaseId);
        KieBaseConfiguration configuration = services.newKieBaseConfiguration();
        configuration.setOption(SequentialOption.YES);
        configuration.setOption(ConsequenceExceptionHandlerOption.get(RecordingExceptionHandler.class));
        return container.newKieBase(configuration);
    }

    /**
     * Where a file goes in the compiler's virtual project: in the folder of its DRL package (as
     * Drools expects), numbered so that files of the same name in different folders stay apart.
     */
    private static String kiePath(RuleFile file, int index) {
        String folder = file.packageName().isEmpty() ? "" : file.packageName().replace('.', '/') + "/";
        return folder + index + "_" + file.source().path().replace("/", "__");
    }

    private static List<RuleProblem> compileErrors(KieBuilder builder, List<RuleFile> files) {
        Map<String, RuleFile> fileByKiePath = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            fileByKiePath.put(kiePath(files.get(i), i), files.get(i));
        }
        Set<RuleProblem> problems = new LinkedHashSet<>();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            String text = message.getText().strip();
            if (CompilerMessages.isNoise(text)) {
                continue;
            }
            // DRL messages name the file without the resources root; Java messages name generated code.
            String messagePath = String.valueOf(message.getPath());
            RuleFile drl = fileByKiePath.get(messagePath.startsWith(KIE_ROOT) ? messagePath.substring(KIE_ROOT.length()) : messagePath);
            if (drl != null) {
                problems.add(CompilerMessages.locate(drl, message.getLine(), text));
            } else if (files.size() == 1) {
                problems.add(CompilerMessages.locate(files.get(0), 0, text));
            } else {
                problems.add(new RuleProblem(messagePath, 0, 0, text));
            }
        }
        return new ArrayList<>(problems);
    }
}
