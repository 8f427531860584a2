result:solve[("ab";(enlist "a"))];
show result;
