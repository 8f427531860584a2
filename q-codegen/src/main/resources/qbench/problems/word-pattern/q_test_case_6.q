result:solve["ab";"one"];
show result;
