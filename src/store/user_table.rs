//! Django's user table, named in one place: every query on it takes its table and column names
//! from [`AUTH_USER`], so that a custom user model (`AUTH_USER_MODEL`) changes this file only.

/// The names of the user table and of the columns authadm reads and writes.
pub(crate) struct UserTable {
    pub table: &'static str,
    pub id: &'static str,
    pub password: &'static str,
    pub last_login: &'static str,
    pub is_superuser: &'static str,
    pub username: &'static str,
    pub last_name: &'static str,
    pub email: &'static str,
    pub is_staff: &'static str,
    pub is_active: &'static str,
    pub date_joined: &'static str,
    pub first_name: &'static str,
}

/// Django's `auth.User`.
pub(crate) const AUTH_USER: UserTable = UserTable {
    table: "auth_user",
    id: "id",
    password: "password",
    last_login: "last_login",
    is_superuser: "is_superuser",
    username: "username",
    last_name: "last_name",
    email: "email",
    is_staff: "is_staff",
    is_active: "is_active",
    date_joined: "date_joined",
    first_name: "first_name",
};

impl UserTable {
    /// Every column but the id: what an import copies, in the order of [`ImportedUser`]'s values.
    ///
    /// [`ImportedUser`]: super::import::ImportedUser
    pub fn fields(&self) -> [&'static str; 10] {
        [
            self.username,
            self.password,
            self.last_login,
            self.is_superuser,
            self.last_name,
            self.email,
            self.is_staff,
            self.is_active,
            self.date_joined,
            self.first_name,
        ]
    }
}
