result:solve[("ab";"cd";"ef")];
show result;
