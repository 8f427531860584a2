result:solve["()(())"];
show result;
