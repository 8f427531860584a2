result:solve[("abc";"abc")];
show result;
