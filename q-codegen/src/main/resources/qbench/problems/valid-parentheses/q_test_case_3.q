result:solve["(]"];
show result;
