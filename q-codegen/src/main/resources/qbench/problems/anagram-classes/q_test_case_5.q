result:solve[("listen";"silent";"enlist";"google";"gogole")];
show result;
