result:solve[")()())"];
show result;
