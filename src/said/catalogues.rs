//! senda's Fluent catalogues (`src/said/<tongue>/*.ftl`), compiled into the binary and read once.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;

use super::{Said, Tongue, Value};

/// One catalogue file per part of senda, so that each part's messages sit together.
const EN: &[&str] = &[
    include_str!("en/common.ftl"),
    include_str!("en/config.ftl"),
    include_str!("en/content.ftl"),
    include_str!("en/markdown.ftl"),
    include_str!("en/strings.ftl"),
    include_str!("en/directory.ftl"),
    include_str!("en/outputs.ftl"),
    include_str!("en/preview.ftl"),
    include_str!("en/published.ftl"),
];

const ES: &[&str] = &[
    include_str!("es/common.ftl"),
    include_str!("es/config.ftl"),
    include_str!("es/content.ftl"),
    include_str!("es/markdown.ftl"),
    include_str!("es/strings.ftl"),
    include_str!("es/directory.ftl"),
    include_str!("es/outputs.ftl"),
    include_str!("es/preview.ftl"),
    include_str!("es/published.ftl"),
];

fn sources(tongue: Tongue) -> &'static [&'static str] {
    match tongue {
        Tongue::En => EN,
        Tongue::Es => ES,
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(tongue: Tongue) -> &'static Bundle {
    static EN_BUNDLE: OnceLock<Bundle> = OnceLock::new();
    static ES_BUNDLE: OnceLock<Bundle> = OnceLock::new();
    let cell = match tongue {
        Tongue::En => &EN_BUNDLE,
        Tongue::Es => &ES_BUNDLE,
    };
    cell.get_or_init(|| make(tongue))
}

/// The tongue's bundle. A catalogue with a syntax error or an id given twice is a bug the tests
/// catch (`catalogues_parse`); here its good messages still serve.
fn make(tongue: Tongue) -> Bundle {
    let lang = tongue.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![lang]);
    // Terminal text: no Unicode isolation marks around values.
    bundle.set_use_isolating(false);
    for source in sources(tongue) {
        let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
        bundle.add_resource_overriding(resource);
    }
    bundle
}

/// `said` in words: the tongue's message, else English's, else its id and values.
pub(super) fn format(said: &Said, tongue: Tongue) -> String {
    for t in [tongue, Tongue::En] {
        let bundle = bundle(t);
        if let Some(pattern) = bundle.get_message(said.id).and_then(|m| m.value()) {
            let mut args = FluentArgs::new();
            for (name, value) in &said.args {
                match value {
                    Value::Text(v) => args.set(*name, FluentValue::from(v.clone())),
                    Value::Number(n) => args.set(*name, FluentValue::from(*n)),
                    Value::Said(inner) => args.set(*name, FluentValue::from(format(inner, tongue))),
                }
            }
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, Some(&args), &mut errors)
                .into_owned();
        }
    }
    let values: Vec<String> = said
        .args
        .iter()
        .map(|(k, v)| match v {
            Value::Text(t) => format!("{k}: {t}"),
            Value::Number(n) => format!("{k}: {n}"),
            Value::Said(inner) => format!("{k}: {}", format(inner, tongue)),
        })
        .collect();
    format!("{} ({})", said.id, values.join(", "))
}

fn entries(tongue: Tongue) -> impl Iterator<Item = ast::Message<&'static str>> {
    sources(tongue).iter().flat_map(|source| {
        let resource = fluent_syntax::parser::parse(*source).unwrap_or_else(|(r, _)| r);
        resource.body.into_iter().filter_map(|entry| match entry {
            ast::Entry::Message(m) => Some(m),
            _ => None,
        })
    })
}

/// Every message id a tongue's catalogues define, in order (an id given twice appears twice).
pub fn ids(tongue: Tongue) -> Vec<&'static str> {
    entries(tongue).map(|m| m.id.name).collect()
}

/// The variables (`{ $name }`) message `id` uses in a tongue's catalogues, selectors included.
pub fn variables(tongue: Tongue, id: &str) -> BTreeSet<&'static str> {
    let mut found = BTreeSet::new();
    for message in entries(tongue).filter(|m| m.id.name == id) {
        if let Some(pattern) = &message.value {
            pattern_variables(pattern, &mut found);
        }
    }
    found
}

fn pattern_variables(pattern: &ast::Pattern<&'static str>, found: &mut BTreeSet<&'static str>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, found);
        }
    }
}

fn expression_variables(
    expression: &ast::Expression<&'static str>,
    found: &mut BTreeSet<&'static str>,
) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, found);
            for v in variants {
                pattern_variables(&v.value, found);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, found),
    }
}

fn inline_variables(
    inline: &ast::InlineExpression<&'static str>,
    found: &mut BTreeSet<&'static str>,
) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            found.insert(id.name);
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, found),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_variables(a, found);
            }
        }
        _ => {}
    }
}

/// Syntax errors in a tongue's catalogues, for the test that keeps them clean.
pub fn syntax_errors(tongue: Tongue) -> Vec<String> {
    sources(tongue)
        .iter()
        .filter_map(|source| fluent_syntax::parser::parse(*source).err())
        .flat_map(|(_, errors)| errors.into_iter().map(|e| format!("{e:?}")))
        .collect()
}
