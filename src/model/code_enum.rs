//! One macro for the closed vocabularies of the schema, so that each value's
//! JSON code is written exactly once.

/// Declares a fieldless enum whose values are written in data as fixed codes,
/// with `ALL`, `CODES`, `parse`, `code` and `Display`.
macro_rules! code_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $code:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $name {
            /// Every value, in the order the schema lists them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The value whose code is exactly `code`.
            pub fn parse(code: &str) -> Option<$name> {
                match code {
                    $( $code => Some($name::$variant), )+
                    _ => None,
                }
            }

            /// The code used in JSON and URLs.
            pub fn code(self) -> &'static str {
                match self {
                    $( $name::$variant => $code, )+
                }
            }

            /// Every code, in the order of `ALL` (an error message lists them
            /// from here, so a problem holds a reference, not a copy).
            pub const CODES: &'static [&'static str] = &[$($code),+];
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.code())
            }
        }
    };
}

pub(crate) use code_enum;
